package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@HearthTest
class CaseFilePagesIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired CaseFilePages pages;

    FixtureCouncil.Council council;
    PersonId child;
    MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
    }

    @Test
    void aPostDoneByTheAllocatedWorkerGoesWhereItsWorkSays() {
        AtomicReference<StaffMember> doneBy = new AtomicReference<>();
        String view = signedInAs(council.user(Role.SOCIAL_WORKER), () -> pages.submit(child, "RECORD_TEST", session,
                me -> {
                    doneBy.set(me);
                    return "redirect:/children/" + child;
                }, errors -> "form"));
        assertThat(view).isEqualTo("redirect:/children/" + child);
        assertThat(doneBy.get().id()).isEqualTo(council.user(Role.SOCIAL_WORKER).id());
    }

    @Test
    void aRefusedPostShowsItsFormAgainWithEveryMessageInTheOrderOfTheFields() {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("heldOn", "The date must be a real date");
        broken.put("summary", "Enter what the meeting found");
        AtomicReference<Map<String, String>> shown = new AtomicReference<>();
        String view = signedInAs(council.user(Role.SOCIAL_WORKER), () -> pages.submit(child, "RECORD_TEST", session,
                me -> {
                    throw new InvalidInput(broken);
                }, errors -> {
                    shown.set(errors);
                    return "planning/plans";
                }));
        assertThat(view).isEqualTo("planning/plans");
        assertThat(List.copyOf(shown.get().keySet())).containsExactly("heldOn", "summary");
    }

    @Test
    void aWorkerWithNoRelationshipToTheChildIsRefusedBeforeAnythingIsDone() {
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        assertThatThrownBy(() -> signedInAs(council.outsider(), () -> pages.submit(child, "RECORD_TEST", session,
                me -> {
                    done.set(true);
                    return "redirect:/";
                }, errors -> "form"))).isInstanceOf(AccessDenied.class);
        assertThat(done.get()).isFalse();
    }

    @Test
    void anOutOfHoursWorkerOpensTheRecordWithTheReasonTheyStatedThisSession() {
        StaffMember duty = council.user(Role.OUT_OF_HOURS_WORKER);
        assertThatThrownBy(() -> signedInAs(duty, () -> pages.open(child, "VIEW_TEST", session)))
                .isInstanceOf(AccessDenied.class);
        StatedReasons.state(session, child, "Police called about the child at night");
        assertThat(signedInAs(duty, () -> pages.open(child, "VIEW_TEST", session)).id()).isEqualTo(duty.id());
    }

    /** Runs as the member of staff, the way a request does once they have signed in. */
    private static <T> T signedInAs(StaffMember member, Supplier<T> action) {
        StaffMember.HasStaffMember principal = () -> member;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
