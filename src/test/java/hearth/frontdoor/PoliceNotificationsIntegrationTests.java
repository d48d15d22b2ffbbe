package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.timeliness.WorkingCalendar;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class PoliceNotificationsIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired PoliceNotifications notifications;
    @Autowired ContactQueries contacts;
    @Autowired WorkingCalendar calendar;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void readsTheSampleFileAsThreeNotificationsWithTheirPeople() throws Exception {
        PoliceNotificationFile.Parsed parsed = read("police/sample.csv");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.notifications()).hasSize(3);
        PoliceNotification first = parsed.notifications().get(0);
        assertThat(first.children()).extracting(PoliceNotification.Person::forenames).containsExactly("Amara", "Tobi");
        assertThat(first.adults()).hasSize(2);
    }

    @Test
    void reportsBadRowsByNumberAndKeepsTheGoodOnes() throws Exception {
        PoliceNotificationFile.Parsed parsed = read("police/with-mistakes.csv");
        assertThat(parsed.errors()).extracting(PoliceNotificationFile.RowError::row).containsExactly(3L, 5L, 6L, 7L);
        assertThat(parsed.errors().get(0).message()).contains("date of birth");
        assertThat(parsed.errors().get(2).message()).contains("incident type");
        assertThat(parsed.errors().get(3).message()).contains("names no child");
        assertThat(parsed.notifications()).singleElement()
                .satisfies(n -> assertThat(n.children()).extracting(PoliceNotification.Person::forenames)
                        .containsExactly("Maisie"));
    }

    @Test
    void eachNotificationJoinsTheQueueOnceWithAClockFromTheOfficersGrading() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        var hub = council.user(Role.MASH_PRACTITIONER);
        List<PoliceNotification> sample = read("police/sample.csv").notifications().stream()
                .map(n -> new PoliceNotification(n.force() + council.tag(), n.notificationRef(), n.incidentRef(),
                        n.incidentAt(), n.incidentType(), n.locationPostcode(), n.officerGrading(), n.dashRisk(),
                        n.summary(), n.officer(), n.people())).toList();
        List<PoliceNotifications.Received> first = sample.stream().map(n -> notifications.receive(n, hub)).toList();
        List<PoliceNotifications.Received> again = sample.stream().map(n -> notifications.receive(n, hub)).toList();
        assertThat(first).allMatch(PoliceNotifications.Received::created);
        assertThat(again).noneMatch(PoliceNotifications.Received::created);
        assertThat(again).extracting(PoliceNotifications.Received::contactId)
                .containsExactlyElementsOf(first.stream().map(PoliceNotifications.Received::contactId).toList());
        for (int i = 0; i < sample.size(); i++) {
            ContactView contact = contacts.find(first.get(i).contactId()).orElseThrow();
            int days = "standard".equals(sample.get(i).officerGrading()) ? 3 : 1;
            assertThat(contact.channel()).isEqualTo("POLICE_NOTIFICATION");
            assertThat(contact.consent()).isEqualTo(Consent.NOT_SOUGHT_OTHER);
            assertThat(contact.decisionDueAt()).isEqualTo(calendar.workingDaysAfter(contact.receivedAt(), days));
        }
    }

    @Test
    void uploadingTheFileShowsWhatWasAddedAndWhatWasLeftOut() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        String csv = new String(new ClassPathResource("police/with-mistakes.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).replace("Test Police", "Test Police " + council.tag());
        var hub = user(users.loadUserByUsername(council.user(Role.MASH_PRACTITIONER).username()));
        MockMultipartFile file = new MockMultipartFile("file", "notifications.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/front-door/police-notifications").file(file).with(hub).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"created\">1<", "id=\"rejected\">4<", "names no child");
        String again = mvc.perform(multipart("/front-door/police-notifications").file(file).with(hub).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"created\">0<", "id=\"duplicates\">1<");
    }

    @Test
    void notificationsAboutOneFamilyAreReadTogether() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        var hub = council.user(Role.MASH_PRACTITIONER);
        PoliceNotification n = read("police/sample.csv").notifications().get(0);
        var first = notifications.receive(new PoliceNotification(n.force() + council.tag(), "A-" + council.tag(),
                n.incidentRef(), n.incidentAt(), n.incidentType(), n.locationPostcode(), n.officerGrading(),
                n.dashRisk(), n.summary(), n.officer(), n.people()), hub);
        var second = notifications.receive(new PoliceNotification(n.force() + council.tag(), "B-" + council.tag(),
                "INC-other", n.incidentAt().plusDays(9), n.incidentType(), n.locationPostcode(), "high", "high",
                "Second incident at the same address", n.officer(), n.people()), hub);
        assertThat(contacts.aboutTheSameFamily(second.contactId(), hub)).extracting(ContactView::id)
                .contains(first.contactId());
    }

    private static PoliceNotificationFile.Parsed read(String path) throws Exception {
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return PoliceNotificationFile.read(reader);
        }
    }
}
