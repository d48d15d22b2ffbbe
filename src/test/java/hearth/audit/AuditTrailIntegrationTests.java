package hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.platform.PersonId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class AuditTrailIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theTrailCannotBeChangedOrDeleted() {
        audit.record(new AuditTrail.Entry(null, "test", "TEST", new PersonId(UUID.randomUUID()), null, null, true));
        // The application's role has no right to (hearth.platform.DatabaseRoles); the trigger stops the owner.
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET username = 'someone else'").update())
                .rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
    }

    @Test
    void aManagerSeesWhoHasLookedAtTheRecordFromWhere() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        mvc.perform(get("/children/" + child).with(user(users.loadUserByUsername(
                council.user(Role.SOCIAL_WORKER).username())))).andExpect(status().isOk());
        String page = mvc.perform(get("/children/" + child + "/audit").with(user(users.loadUserByUsername(
                council.user(Role.TEAM_MANAGER).username())))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(council.user(Role.SOCIAL_WORKER).username(), "Opened the case file",
                "This computer (local)", "Allocated the case", "Network address")
                .doesNotContain("VIEW_CASE_FILE", "ALLOCATE<", "127.0.0.1");
    }

    @Test
    void anEntrySaysWhatWasDoneAndFromWhereInWords() {
        assertThat(recorded("RECORD_CHANGED", "0:0:0:0:0:0:0:1").actionInWords()).isEqualTo("Changed the record");
        assertThat(recorded("RECORD_CHANGED", "0:0:0:0:0:0:0:1").fromInWords()).isEqualTo("This computer (local)");
        assertThat(recorded("VIEW_CASE_FILE", "::1").fromInWords()).isEqualTo("This computer (local)");
        assertThat(recorded("VIEW_CASE_FILE", "10.4.2.7").fromInWords()).isEqualTo("10.4.2.7");
        assertThat(recorded("SEND_TO_ARCHIVE", "10.4.2.7").actionInWords()).isEqualTo("Send to archive");
    }

    private static AuditTrail.Recorded recorded(String action, String from) {
        return new AuditTrail.Recorded(java.time.LocalDateTime.now(), "someone", action, null, null, from, true, null);
    }
}
