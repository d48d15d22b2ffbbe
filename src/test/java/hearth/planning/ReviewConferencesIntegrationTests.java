package hearth.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.CaseFileAccess;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A review child protection conference names its chair, a user who chairs conferences, as the initial one does. */
@HearthTest
class ReviewConferencesIntegrationTests {

    static final LocalDate CONFERENCE = LocalDate.of(2026, 9, 1);
    static final LocalDate REVIEW = LocalDate.of(2026, 11, 24);

    @Autowired FixtureCouncil fixtures;
    @Autowired Plans plans;
    @Autowired ReviewConferences reviews;
    @Autowired Staff staff;
    @Autowired CaseFileAccess access;

    PersonId child;
    StaffMember worker;
    StaffMember chair;
    PlanId plan;

    @BeforeEach
    void council() {
        FixtureCouncil.Council council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        chair = staff.createUser(new Staff.NewUser("second-chair." + council.tag(), "Second Chair " + council.tag(),
                Role.CHILD_PROTECTION_CHAIR, null, null, FixtureCouncil.PASSWORD));
        plan = plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
    }

    @Test
    void aReviewConferenceWithoutAChairOrChairedBySomeoneWhoIsNoChairIsRefusedByTheChairField() {
        for (StaffMember notAChair : new StaffMember[] {null, worker}) {
            MeetingRecord review = review().chairedBy(notAChair == null ? null : notAChair.id());
            assertThatThrownBy(() -> plans.recordMeeting(plan, 0, review, worker))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .containsEntry("chairId", "Select the chair of the review conference"));
        }
        assertThat(plans.meetings(child)).isEmpty();
        assertThat(reviews.chairs()).extracting(StaffMember::id).contains(chair.id()).doesNotContain(worker.id());
    }

    @Test
    void theChairOfAReviewIsRecordedFoundAsItsChairAndMayOpenTheChildsRecord() {
        assertThat(access.decide(chair, child)).isEqualTo(CaseFileAccess.Decision.DENIED);

        plans.recordMeeting(plan, 0, review().chairedBy(chair.id()), worker);

        assertThat(plans.meetings(child)).extracting(Plans.Meeting::chairId).containsExactly(chair.id());
        assertThat(reviews.childrenChairedBy(chair.id())).containsExactly(child);
        assertThat(reviews.latest(List.of(child))).containsEntry(child, new ReviewConferences.Held(REVIEW, chair.id()));
        assertThat(access.decide(chair, child)).isEqualTo(CaseFileAccess.Decision.ALLOWED);
    }

    @Test
    void onlyAReviewConferenceHasAChair() {
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.CORE_GROUP, REVIEW, "Mother, school", "Plan agreed",
                null).chairedBy(chair.id()), worker);

        assertThat(plans.meetings(child)).extracting(Plans.Meeting::chairId).containsOnlyNulls();
        assertThat(reviews.childrenChairedBy(chair.id())).isEmpty();
    }

    private static MeetingRecord review() {
        return MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE, REVIEW, "Mother, school, health", "Plan continues", null);
    }
}
