package hearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pages bind what is posted to a form object: a refused form comes back with every field
 * as typed and a message by each, and a mangled choice is a message, never a fault.
 */
@HearthTest
class FormObjectsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    PersonId child;

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
    }

    @Test
    void aRefusedClosureComesBackWithWhatWasTypedAndTheMessageByTheDate() throws Exception {
        MockHttpServletResponse page = send(council.user(Role.TEAM_MANAGER), post("/children/" + child + "/closure")
                .param("closedOnDay", "31").param("closedOnMonth", "2").param("closedOnYear", "2026")
                .param("reason", "RC7").param("summary", "Outcomes met; the school knows who to call"));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("govuk-error-summary", "The date must be a real date",
                "Outcomes met; the school knows who to call");
    }

    @Test
    void aRefusedEngagementFormNamesEveryBrokenFieldInOneRound() throws Exception {
        MockHttpServletResponse page = send(council.user(Role.SOCIAL_WORKER), post("/children/" + child + "/engagement")
                .param("who", "Mother").param("notes", "Did not answer the door"));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("govuk-error-summary", "Select what happened", "Did not answer the door");
    }

    @Test
    void aMangledOrganisationOnTheProfessionalFormIsNeverAFault() throws Exception {
        MockHttpServletResponse page = send(council.user(Role.SOCIAL_WORKER),
                post("/people/" + child + "/professionals/new").param("role", "OTHER")
                        .param("organisationId", "not-an-organisation").param("name", "Dee Visitor"));
        assertThat(page.getStatus()).isIn(302, 400);
    }

    @Test
    void aMangledTeamOnTheNewUserFormIsNeverAFault() throws Exception {
        MockHttpServletResponse page = send(council.user(Role.SYSTEM_ADMINISTRATOR), post("/admin/users")
                .param("username", "mangled." + council.tag()).param("displayName", "Mangled Team")
                .param("role", "SOCIAL_WORKER").param("teamId", "no-such-team").param("password", "long enough password"));
        assertThat(page.getStatus()).isIn(302, 400);
    }

    @Test
    void aChronologyPeriodThatRunsBackwardsIsRefusedAndTheFilterKeptAsAsked() throws Exception {
        MockHttpServletResponse page = send(council.user(Role.SOCIAL_WORKER), get("/children/" + child + "/chronology")
                .param("fromDay", "10").param("fromMonth", "5").param("fromYear", "2026")
                .param("toDay", "1").param("toMonth", "5").param("toYear", "2026"));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("The end of the period must be the same as or after the start",
                "value=\"2026\"");
    }

    private MockHttpServletResponse send(StaffMember as, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(as.username()))).with(csrf()))
                .andReturn().getResponse();
    }
}
