package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The bar under the child's name on a case file page says what matters, to those the record is open to. */
@HearthTest
class CaseFileBarIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;
    @Autowired Plans plans;

    @Test
    void aChildOnAProtectionPlanHasThePlanAndItsAlertInTheBar() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        plans.startChildProtectionPlan(child, LocalDate.now().minusDays(3), "NEG", council.user(Role.SOCIAL_WORKER));

        String bar = bar(page(council.user(Role.SOCIAL_WORKER), "/children/" + child + "/visits"));
        assertThat(items(bar)).containsExactly("Child protection plan: neglect", "1 active alert");
        assertThat(Pattern.compile("href=\"([^\"]+)\"").matcher(bar).results().map(m -> m.group(1)).toList())
                .containsExactly("/children/" + child + "/plans", "/children/" + child);
    }

    @Test
    void aRestrictedRecordSaysSoAndAChildWithNothingOpenHasNoBar() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId restricted = fixtures.restrictedChild(council);
        PersonId plain = fixtures.allocatedChild(council);

        assertThat(items(bar(page(council.user(Role.TEAM_MANAGER), "/children/" + restricted + "/visits"))))
                .containsExactly("Restricted record");
        assertThat(bar(page(council.user(Role.SOCIAL_WORKER), "/children/" + plain + "/visits"))).isNull();
    }

    @Test
    void aUserTheRecordIsNotOpenToNeverSeesTheBar() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        plans.startChildProtectionPlan(child, LocalDate.now().minusDays(3), "NEG", council.user(Role.SOCIAL_WORKER));

        String refused = page(council.outsider(), "/children/" + child + "/visits");
        assertThat(refused).contains("You do not have access to this record").doesNotContain("Child protection plan");
        assertThat(bar(refused)).isNull();
    }

    /** The bar's markup, or null when the page has none. */
    private static String bar(String page) {
        int start = page.indexOf("id=\"case-file-bar\"");
        return start < 0 ? null : page.substring(start, page.indexOf("</ul>", start));
    }

    /** What each item of the bar says, tags taken out. */
    private static List<String> items(String bar) {
        assertThat(bar).as("the bar").isNotNull();
        return Pattern.compile("(?s)<li[^>]*>(.*?)</li>").matcher(bar).results()
                .map(m -> m.group(1).replaceAll("<[^>]+>", "").strip()).toList();
    }

    private String page(StaffMember member, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(member.username()))))
                .andReturn().getResponse().getContentAsString();
    }
}
