package hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.platform.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class ChronologyIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Chronology chronology;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void everyEventRecordedAnywhereAppearsWithItsDateTypeAndWhoRecordedIt() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        assertThat(chronology.entries(child, Chronology.Filter.all()))
                .extracting(Chronology.Entry::type)
                .contains("Recorded in Hearth", "Address changed", "Allocated");
        assertThat(chronology.entries(child, Chronology.Filter.all()))
                .filteredOn(e -> e.type().equals("Allocated"))
                .extracting(Chronology.Entry::recordedByName)
                .containsExactly(council.user(Role.TEAM_MANAGER).displayName());
    }

    @Test
    void filtersByTypeAndPeriod() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        chronology.record(child, LocalDate.of(2020, 5, 1), "School exclusion", "Excluded for a week",
                council.user(Role.SOCIAL_WORKER), null);
        assertThat(chronology.entries(child, new Chronology.Filter("School exclusion", null, null))).hasSize(1);
        assertThat(chronology.entries(child, new Chronology.Filter(null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31)))).extracting(Chronology.Entry::summary).containsExactly("Excluded for a week");
        assertThat(chronology.entries(child, new Chronology.Filter(null, LocalDate.of(2021, 1, 1), null)))
                .extracting(Chronology.Entry::type).doesNotContain("School exclusion");
    }

    @Test
    void exportsTheFilteredChronologyAsCsv() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        chronology.record(child, LocalDate.of(2019, 9, 2), "Started school", "Started at \"Oakfield\", reception",
                council.user(Role.SOCIAL_WORKER), null);
        String csv = mvc.perform(get("/children/" + child + "/chronology.csv").param("type", "Started school")
                        .with(user(users.loadUserByUsername(council.user(Role.SOCIAL_WORKER).username()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2).first().isEqualTo("date,type,summary,recorded_by,recorded_at");
        assertThat(csv).contains("2019-09-02,Started school,\"Started at \"\"Oakfield\"\", reception\"");
    }
}
