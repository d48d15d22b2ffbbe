package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.CaseFileAccess.Decision;
import hearth.platform.PersonId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@HearthTest
class CaseFileAccessIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired CaseFileAccess access;
    @Autowired RecordRestrictions restrictions;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    PersonId child;

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
    }

    @Test
    void theFrontDoorSeesAChildOnlyWhileAContactIsOpen() {
        StaffMember hub = council.user(Role.MASH_PRACTITIONER);
        assertThat(access.decide(hub, child)).isEqualTo(Decision.DENIED);
        publish(new ChildRelationshipStarted(child.value(), ChildRelationshipStarted.Kind.FRONT_DOOR, null, council.mash().id(),
                "contact:test-" + child, Instant.now()));
        assertThat(access.decide(hub, child)).isEqualTo(Decision.ALLOWED);
        assertThat(access.decide(council.user(Role.MASH_MANAGER), child)).isEqualTo(Decision.ALLOWED);
        publish(new ChildRelationshipEnded("contact:test-" + child, Instant.now()));
        assertThat(access.decide(hub, child)).isEqualTo(Decision.DENIED);
    }

    @Test
    void theChairOfAChildsConferenceSeesTheirRecord() {
        StaffMember chair = council.user(Role.CHILD_PROTECTION_CHAIR);
        assertThat(access.decide(chair, child)).isEqualTo(Decision.DENIED);
        publish(new ChildRelationshipStarted(child.value(), ChildRelationshipStarted.Kind.CONFERENCE_CHAIR, chair.id(), null,
                "conference:test-" + child, Instant.now()));
        assertThat(access.decide(chair, child)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aRestrictedRecordIsHiddenFromEveryoneNotNamedHeadsOfServiceIncluded() {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        restrictions.restrict(child, "Relative of staff", manager, List.of(manager.id()));
        assertThat(access.decide(manager, child)).isEqualTo(Decision.ALLOWED);
        assertThat(access.decide(council.user(Role.SOCIAL_WORKER), child)).isEqualTo(Decision.DENIED);
        assertThat(access.decide(council.user(Role.HEAD_OF_SERVICE), child)).isEqualTo(Decision.DENIED);
        assertThat(access.decide(council.user(Role.SYSTEM_ADMINISTRATOR), child)).isEqualTo(Decision.DENIED);
    }

    @Test
    void aRefusedAttemptIsAuditedAndShowsTheNoAccessPage() throws Exception {
        StaffMember outsider = council.outsider();
        assertThatThrownBy(() -> access.open(outsider, child, "VIEW_CASE_FILE", null)).isInstanceOf(AccessDenied.class);
        mvc.perform(get("/children/" + child).with(user(users.loadUserByUsername(outsider.username()))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p AND user_id = :u AND NOT allowed")
                .param("p", child).param("u", outsider.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void outOfHoursWorkersStateAReasonThatIsAuditedWithEveryView() throws Exception {
        var edt = user(users.loadUserByUsername(council.user(Role.OUT_OF_HOURS_WORKER).username()));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/children/" + child).session(session).with(edt))
                .andExpect(redirectedUrl("/children/" + child + "/reason"));
        mvc.perform(post("/children/" + child + "/reason").param("reason", "short").session(session).with(edt).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/children/" + child + "/reason").param("reason", "Police called at 2am about the child")
                .session(session).with(edt).with(csrf())).andExpect(redirectedUrl("/children/" + child));
        mvc.perform(get("/children/" + child).session(session).with(edt)).andExpect(status().isOk());
        mvc.perform(get("/children/" + child + "/chronology").session(session).with(edt)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p AND user_id = :u AND allowed "
                        + "AND reason = 'Police called at 2am about the child'")
                .param("p", child).param("u", council.user(Role.OUT_OF_HOURS_WORKER).id()).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void reallocatingMovesAccessToTheNewWorker() {
        StaffMember outsider = council.outsider();
        assertThat(access.decide(outsider, child)).isEqualTo(Decision.DENIED);
        fixtures.reallocate(child, outsider, council.user(Role.HEAD_OF_SERVICE));
        assertThat(access.decide(outsider, child)).isEqualTo(Decision.ALLOWED);
        assertThat(access.decide(council.user(Role.SOCIAL_WORKER), child)).isEqualTo(Decision.DENIED);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
