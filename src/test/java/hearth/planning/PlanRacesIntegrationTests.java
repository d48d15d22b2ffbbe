package hearth.planning;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.Race;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Involvements;
import hearth.chronology.Chronology;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people ending one plan at once, and one meeting or visit posted twice: each is written once. */
@HearthTest
class PlanRacesIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Plans plans;
    @Autowired Visits visits;
    @Autowired Clocks clocks;
    @Autowired Chronology chronology;
    @Autowired Involvements involvements;

    PersonId child;
    StaffMember worker;
    StaffMember manager;
    LocalDate started;

    @BeforeEach
    void council() {
        FixtureCouncil.Council council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
        started = LocalDate.now().minusDays(20);
    }

    @Test
    void twoPeopleEndingAPlanAtOnceEndItOnceWithOneChronologyEntry() {
        PlanId plan = plans.startChildInNeedPlan(child, started, worker);

        Race.Result race = Race.of(
                () -> plans.end(plan, 0, LocalDate.now(), PlanEnd.NO_LONGER_NEEDED, worker),
                () -> plans.end(plan, 0, LocalDate.now(), PlanEnd.STEP_DOWN_EARLY_HELP, manager))
                .oneWinsAndTheOtherIsToldItChanged();

        Plans.Plan ended = plans.require(plan);
        assertThat(ended.status()).isEqualTo(Plans.Plan.Status.ENDED);
        assertThat(ended.endReason()).isEqualTo(race.firstWon() ? PlanEnd.NO_LONGER_NEEDED : PlanEnd.STEP_DOWN_EARLY_HELP);
        assertThat(entries("Child in need plan ended")).isEqualTo(1);
        assertThat(involvements.of(child)).filteredOn(i -> i.kind() == Involvements.Kind.EARLY_HELP)
                .hasSize(race.firstWon() ? 0 : 1);
    }

    @Test
    void aReviewThatEndsThePlanRacingAnotherEndingLeavesOneEndingAndNoMeeting() {
        PlanId plan = plans.startChildInNeedPlan(child, started, worker);
        MeetingRecord review = new MeetingRecord(MeetingKind.PLAN_REVIEW, LocalDate.now(), null, "Outcomes met",
                null, java.util.Map.of(), PlanEnd.NO_LONGER_NEEDED, null);

        Race.Result race = Race.of(() -> plans.recordMeeting(plan, 0, review, worker),
                () -> plans.end(plan, 0, LocalDate.now(), PlanEnd.MOVED_AWAY, manager))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(entries("Child in need plan ended")).isEqualTo(1);
        assertThat(plans.meetings(child)).hasSize(race.firstWon() ? 1 : 0);
        assertThat(plans.require(plan).endReason()).isEqualTo(race.firstWon() ? PlanEnd.NO_LONGER_NEEDED : PlanEnd.MOVED_AWAY);
    }

    @Test
    void aMeetingPostedTwiceAtOnceIsRecordedOnceAndMeetsItsClockOnce() {
        PlanId plan = plans.startChildInNeedPlan(child, started, worker);
        UUID form = UUID.randomUUID();
        MeetingRecord meeting = MeetingRecord.of(MeetingKind.PLANNING_MEETING, LocalDate.now().minusDays(1),
                "Family, school", "Plan written with the family", null);
        Set<UUID> made = ConcurrentHashMap.newKeySet();

        Race.twice(() -> made.add(plans.recordMeeting(plan, 0, meeting, worker, form))).bothSucceed();

        assertThat(made).hasSize(1);
        assertThat(plans.meetings(child)).singleElement().extracting(Plans.Meeting::id).isEqualTo(made.iterator().next());
        assertThat(entries(MeetingKind.PLANNING_MEETING.label())).isEqualTo(1);
        assertThat(clocks.forPeople(List.of(child))).filteredOn(d -> d.kind() == ClockKind.CHILD_IN_NEED_REVIEW)
                .hasSize(1);
    }

    @Test
    void aMeetingResentAfterItWasRecordedGivesBackTheMeetingAlreadyMade() {
        PlanId plan = plans.startChildInNeedPlan(child, started, worker);
        UUID form = UUID.randomUUID();
        MeetingRecord meeting = MeetingRecord.of(MeetingKind.PLANNING_MEETING, LocalDate.now().minusDays(1),
                null, "Plan written with the family", null);

        UUID first = plans.recordMeeting(plan, 0, meeting, worker, form);

        assertThat(plans.recordMeeting(plan, 0, meeting, worker, form)).isEqualTo(first);
        assertThat(plans.meetings(child)).hasSize(1);
        assertThat(entries(MeetingKind.PLANNING_MEETING.label())).isEqualTo(1);
    }

    @Test
    void aVisitPostedTwiceAtOnceIsRecordedOnce() {
        plans.startChildInNeedPlan(child, started, worker);
        UUID form = UUID.randomUUID();
        VisitDetails visit = new VisitDetails(LocalDate.now(), VisitDetails.Type.STATUTORY, VisitDetails.Place.HOME,
                "Amira and her mother", true, true, null, null, "I like my new bed", null, null, null, null);
        Set<UUID> made = ConcurrentHashMap.newKeySet();

        Race.twice(() -> made.add(visits.record(child, visit, worker, form))).bothSucceed();

        assertThat(made).hasSize(1);
        assertThat(visits.of(child)).hasSize(1);
        assertThat(entries("Visit")).isEqualTo(1);
        assertThat(visits.record(child, visit, worker, form)).as("a resend later").isEqualTo(made.iterator().next());
        assertThat(visits.of(child)).hasSize(1);
    }

    private long entries(String type) {
        return chronology.entries(child, Chronology.Filter.all()).stream().filter(e -> e.type().equals(type)).count();
    }
}
