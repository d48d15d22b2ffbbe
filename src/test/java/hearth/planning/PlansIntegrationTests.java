package hearth.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.CaseAlerts;
import hearth.casework.Involvements;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class PlansIntegrationTests {

    static final LocalDate CONFERENCE = LocalDate.of(2026, 9, 1);

    @Autowired FixtureCouncil fixtures;
    @Autowired Plans plans;
    @Autowired Visits visits;
    @Autowired Clocks clocks;
    @Autowired CaseAlerts alerts;
    @Autowired Involvements involvements;
    @Autowired JdbcClient jdbc;

    PersonId child;
    StaffMember worker;
    StaffMember chair;

    @BeforeEach
    void council() {
        FixtureCouncil.Council council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        chair = council.user(Role.CHILD_PROTECTION_CHAIR);
    }

    @Test
    void aChildProtectionPlanStartsItsCoreGroupReviewAndVisitClocks() {
        PlanId plan = plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
        // 1 September 2026 is a Tuesday: ten working days later is Tuesday 15 September.
        assertThat(due(ClockKind.FIRST_CORE_GROUP)).isEqualTo(london(2026, 9, 15, 17));
        assertThat(due(ClockKind.FIRST_REVIEW_CONFERENCE)).isEqualTo(london(2026, 12, 1, 17));
        assertThat(due(ClockKind.CHILD_PROTECTION_VISIT)).isEqualTo(london(2026, 9, 15, 17));
        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::text)
                .contains("Subject of a child protection plan: neglect");
        assertThat(plans.open(child, PlanKind.CHILD_PROTECTION)).get().extracting(Plans.Plan::id).isEqualTo(plan);
    }

    @Test
    void eachCoreGroupMeetsItsClockAndTheNextIsDueSixWeeksLater() {
        PlanId plan = plans.startChildProtectionPlan(child, CONFERENCE, "EMO", worker);
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.CORE_GROUP, LocalDate.of(2026, 9, 10), "Mother, school",
                "Plan agreed", null), worker);
        assertThat(stateOf(ClockKind.FIRST_CORE_GROUP)).isEqualTo(Clocks.State.MET);
        assertThat(due(ClockKind.CORE_GROUP)).isEqualTo(london(2026, 10, 22, 17));
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.CORE_GROUP, LocalDate.of(2026, 10, 30), null, "Progress slow",
                null), worker);
        assertThat(clocks.forPeople(List.of(child))).filteredOn(d -> d.kind() == ClockKind.CORE_GROUP)
                .extracting(d -> d.state(Instant.now())).contains(Clocks.State.MET_LATE);
    }

    @Test
    void reviewConferencesAreDueThreeMonthsAfterTheConferenceThenSixMonthly() {
        PlanId plan = plans.startChildProtectionPlan(child, CONFERENCE, "PHY", worker);
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE, LocalDate.of(2026, 11, 24), null,
                "Plan continues", null).chairedBy(chair.id()), worker);
        assertThat(stateOf(ClockKind.FIRST_REVIEW_CONFERENCE)).isEqualTo(Clocks.State.MET);
        assertThat(due(ClockKind.REVIEW_CONFERENCE)).isEqualTo(london(2027, 5, 24, 17));
    }

    @Test
    void aVisitSeeingTheChildRestartsTheVisitClockAndOneWithoutSeeingThemDoesNot() {
        plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
        visits.record(child, visit(LocalDate.of(2026, 9, 4), false, null, "Nobody home", null), worker);
        assertThat(stateOf(ClockKind.CHILD_PROTECTION_VISIT)).isNotIn(Clocks.State.MET, Clocks.State.MET_LATE);
        visits.record(child, visit(LocalDate.of(2026, 9, 8), true, true, null, "I like my new bed"), worker);
        assertThat(clocks.forPeople(List.of(child))).filteredOn(d -> d.kind() == ClockKind.CHILD_PROTECTION_VISIT)
                .extracting(Clocks.Due::dueAt, Clocks.Due::completedAt)
                .contains(org.assertj.core.groups.Tuple.tuple(london(2026, 9, 15, 17), london(2026, 9, 8, 12)),
                        org.assertj.core.groups.Tuple.tuple(london(2026, 9, 22, 17), null));
        assertThat(visits.of(child)).extracting(Visits.Visit::seen).containsExactly("Seen alone", "Not seen: Nobody home");
    }

    @Test
    void aNextVisitTypedSoonerThanTheTimescaleBringsTheVisitClockForwardAndALaterOneDoesNotExtendIt() {
        plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
        visits.record(child, nextVisitOn(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 11)), worker);
        assertThat(due(ClockKind.CHILD_PROTECTION_VISIT)).as("typed 11 September, sooner than 22 September")
                .isEqualTo(london(2026, 9, 11, 17));

        visits.record(child, nextVisitOn(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 30)), worker);
        assertThat(due(ClockKind.CHILD_PROTECTION_VISIT)).as("10 working days after 10 September, not 30 October")
                .isEqualTo(london(2026, 9, 24, 17));
    }

    @Test
    void aSeenChildsWordsOrWhyTheyCouldNotBeRecordedAndTheVisitsKindAndPlaceAreRequired() {
        assertThatThrownBy(() -> visits.record(child, visit(LocalDate.of(2026, 9, 8), true, true, null, " "), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("childWords"));
        assertThatThrownBy(() -> visits.record(child, new VisitDetails(LocalDate.of(2026, 9, 8), null, null, null,
                false, null, "Nobody home", null, null, null, null, null, null), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("visitType", "place"));

        visits.record(child, new VisitDetails(LocalDate.of(2026, 9, 8), VisitDetails.Type.AT_SCHOOL,
                VisitDetails.Place.SCHOOL, "Amira", true, true, null, null, null, "Amira is 14 months old and not yet talking",
                null, null, null), worker);
        assertThat(visits.of(child)).singleElement().satisfies(v -> {
            assertThat(v.visitType()).isEqualTo(VisitDetails.Type.AT_SCHOOL);
            assertThat(v.place()).isEqualTo(VisitDetails.Place.SCHOOL);
            assertThat(v.wordsNotRecordedReason()).isEqualTo("Amira is 14 months old and not yet talking");
        });
    }

    @Test
    void aVisitNeedsToSayWhetherTheChildWasSeenAloneOrWhyNotSeen() {
        assertThatThrownBy(() -> visits.record(child, visit(LocalDate.of(2026, 9, 8), true, null, null, null), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("seenAlone"));
        assertThatThrownBy(() -> visits.record(child, visit(LocalDate.of(2026, 9, 8), false, null, " ", null), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("notSeenReason"));
    }

    @Test
    void aReviewThatStepsDownEndsTheProtectionPlanAndStartsAChildInNeedPlan() {
        PlanId plan = plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE, LocalDate.of(2026, 11, 20), "Chair, family",
                "Risks reduced; step down", PlanEnd.STEP_DOWN_CHILD_IN_NEED).chairedBy(chair.id()), worker);
        assertThat(plans.of(child)).extracting(Plans.Plan::kind, Plans.Plan::endReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlanKind.CHILD_IN_NEED, null),
                org.assertj.core.groups.Tuple.tuple(PlanKind.CHILD_PROTECTION, PlanEnd.STEP_DOWN_CHILD_IN_NEED));
        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::kind).doesNotContain("CHILD_PROTECTION_PLAN");
        assertThat(involvements.isOpen(child, Involvements.Kind.CHILD_PROTECTION)).isFalse();
        assertThat(involvements.isOpen(child, Involvements.Kind.CHILD_IN_NEED)).isTrue();
        List<Clocks.Due> open = clocks.forPeople(List.of(child)).stream().filter(Clocks.Due::isOpen).toList();
        assertThat(open).extracting(Clocks.Due::kind).containsExactlyInAnyOrder(
                ClockKind.CHILD_IN_NEED_PLANNING_MEETING, ClockKind.CHILD_IN_NEED_VISIT);
    }

    @Test
    void aReviewForAClosedPlanIsRefusedByTheApplicationAndTheDatabase() {
        PlanId plan = plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
        plans.end(plan, 0, LocalDate.of(2026, 10, 1), PlanEnd.MOVED_AWAY, worker);
        assertThatThrownBy(() -> plans.recordMeeting(plan, 1, MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE, LocalDate.of(2026, 10, 2),
                null, "Review", null), worker)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get("heldOn")).contains("closed plan"));
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO plan_meeting (id, plan_id, kind, held_on, summary, recorded_by, recorded_at)
                VALUES (:id, :plan, 'REVIEW_CONFERENCE', DATE '2026-09-20', 'Review', :by, now())""")
                .param("id", UUID.randomUUID()).param("plan", plan).param("by", worker.id()).update())
                .hasMessageContaining("closed plan");
    }

    @Test
    void aPlanCannotEndBeforeItStartsInTheApplicationOrTheDatabase() {
        PlanId plan = plans.startChildProtectionPlan(child, CONFERENCE, "NEG", worker);
        assertThatThrownBy(() -> plans.end(plan, 0, CONFERENCE.minusDays(1), PlanEnd.NO_LONGER_NEEDED, worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("endedOn"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE plan SET ended_on = :on, end_reason = 'MOVED_AWAY' WHERE id = :id")
                .param("on", CONFERENCE.minusDays(1)).param("id", plan).update())
                .hasMessageContaining("plan_check");
    }

    @Test
    void endingAPlanSomeoneElseHasChangedIsRefused() {
        PlanId plan = plans.startChildInNeedPlan(child, CONFERENCE, worker);
        plans.end(plan, 0, CONFERENCE.plusMonths(2), PlanEnd.NO_LONGER_NEEDED, worker);
        assertThatThrownBy(() -> plans.end(plan, 0, CONFERENCE.plusMonths(2), PlanEnd.STEP_DOWN_EARLY_HELP, worker))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void aChildInNeedPlanMeetsItsPlanningMeetingThenReviewsEveryTwelveWeeks() {
        PlanId plan = plans.startChildInNeedPlan(child, CONFERENCE, worker);
        assertThat(due(ClockKind.CHILD_IN_NEED_PLANNING_MEETING)).isEqualTo(london(2026, 9, 15, 17));
        assertThat(due(ClockKind.CHILD_IN_NEED_VISIT)).isEqualTo(london(2026, 9, 29, 17));
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.PLANNING_MEETING, LocalDate.of(2026, 9, 9), "Family, school",
                "Plan written with the family", null), worker);
        assertThat(due(ClockKind.CHILD_IN_NEED_REVIEW)).isEqualTo(london(2026, 12, 2, 17));
        assertThatThrownBy(() -> plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.CORE_GROUP, LocalDate.of(2026, 9, 10), null,
                "Wrong kind", null), worker)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aProtectionPlanStepsUpAnOpenChildInNeedPlan() {
        plans.startChildInNeedPlan(child, CONFERENCE, worker);
        plans.startChildProtectionPlan(child, CONFERENCE.plusWeeks(3), "MUL", worker);
        assertThat(plans.of(child)).filteredOn(p -> p.kind() == PlanKind.CHILD_IN_NEED).singleElement()
                .extracting(Plans.Plan::endReason).isEqualTo(PlanEnd.STEP_UP_CHILD_PROTECTION);
    }

    @Test
    void aChildSeenButNotAloneNeedsTheReasonAndTheChildsWordsGoToTheChronology(@Autowired hearth.chronology.Chronology chronology) {
        assertThatThrownBy(() -> visits.record(child, visit(LocalDate.of(2026, 9, 8), true, false, null, null), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("notAloneReason"));
        visits.record(child, new VisitDetails(LocalDate.of(2026, 9, 8), VisitDetails.Type.STATUTORY,
                VisitDetails.Place.HOME, "Amira and her mother", true, false, null, "Amira asked for her mother to stay",
                "I want Mummy to stop crying", null, "Warm, tidy", "Food in the fridge", LocalDate.of(2026, 9, 18)),
                worker);
        assertThat(visits.of(child)).singleElement().satisfies(v -> {
            assertThat(v.childWords()).isEqualTo("I want Mummy to stop crying");
            assertThat(v.seen()).isEqualTo("Seen, not alone: Amira asked for her mother to stay");
        });
        assertThat(chronology.entries(child, new hearth.chronology.Chronology.Filter("Visit", null, null)))
                .extracting(hearth.chronology.Chronology.Entry::summary).singleElement().asString()
                .contains("I want Mummy to stop crying");
    }

    @Test
    void aPlanNeedsItsContingencyAndEachOutcomeSaysWhatWillChange() {
        PlanId plan = plans.startChildInNeedPlan(child, CONFERENCE, worker);
        PlanContent.Outcome noChange = new PlanContent.Outcome(null, "Attendance", "70%", "95%", "School", null);
        assertThatThrownBy(() -> plans.write(plan, 0, new PlanContent(List.of(noChange), null, " "), LocalDate.now(), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsKeys("outcome1WillChange", "contingency"));
        plans.write(plan, 0, content(), LocalDate.now(), worker);
        assertThat(plans.outcomes(plan)).extracting(Plans.PlannedOutcome::willChange)
                .containsExactly("Amira gets to school every day", "Amira is fed before school");
        assertThatThrownBy(() -> plans.write(plan, 0, content(), LocalDate.now(), worker)).isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void aReviewRecordsProgressOnEveryOutcomeAndTheChildsView() {
        PlanId plan = plans.startChildInNeedPlan(child, CONFERENCE, worker);
        plans.write(plan, 0, content(), LocalDate.now(), worker);
        List<Plans.PlannedOutcome> outcomes = plans.outcomes(plan);
        Map<UUID, MeetingRecord.OutcomeProgress> onlyOne = Map.of(outcomes.get(0).id(),
                new MeetingRecord.OutcomeProgress(MeetingRecord.Progress.MET, "Attendance 97% this half term"));
        assertThatThrownBy(() -> plans.recordMeeting(plan, 1, new MeetingRecord(MeetingKind.PLAN_REVIEW,
                LocalDate.of(2026, 11, 2), null, "Review", "I like breakfast club", onlyOne, null, null), worker))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsKey("progress-" + outcomes.get(1).id()));
        Map<UUID, MeetingRecord.OutcomeProgress> both = new java.util.HashMap<>(onlyOne);
        both.put(outcomes.get(1).id(), new MeetingRecord.OutcomeProgress(MeetingRecord.Progress.NOT_PROGRESSING,
                "Still arriving hungry twice a week"));
        plans.recordMeeting(plan, 1, new MeetingRecord(MeetingKind.PLAN_REVIEW, LocalDate.of(2026, 11, 2), null,
                "Review", "I like breakfast club", both, null, null), worker);
        assertThat(plans.outcomes(plan)).extracting(Plans.PlannedOutcome::latestProgress)
                .containsExactly(MeetingRecord.Progress.MET, MeetingRecord.Progress.NOT_PROGRESSING);
        assertThat(plans.meetings(child)).extracting(Plans.Meeting::childView).contains("I like breakfast club");
    }

    static PlanContent content() {
        return new PlanContent(List.of(
                new PlanContent.Outcome("Amira gets to school every day", "Attendance each half term", "70%", "95%",
                        "Mother, with the school's attendance officer", LocalDate.of(2027, 2, 12)),
                new PlanContent.Outcome("Amira is fed before school", "Days a week she arrives hungry", "4", "0",
                        "Mother", LocalDate.of(2027, 1, 8)),
                new PlanContent.Outcome(null, null, null, null, null, null)),
                "Breakfast club place (school); food bank referral (social worker)",
                "If attendance falls below 80% by February, a strategy discussion is held");
    }

    static VisitDetails visit(LocalDate on, Boolean seen, Boolean alone, String notSeenReason, String words) {
        return new VisitDetails(on, VisitDetails.Type.STATUTORY, VisitDetails.Place.HOME, null, seen, alone,
                notSeenReason, null, words, null, null, null, null);
    }

    private static VisitDetails nextVisitOn(LocalDate on, LocalDate next) {
        return new VisitDetails(on, VisitDetails.Type.PLANNED_HOME, VisitDetails.Place.HOME, null, true, true, null, null,
                "I like my room", null, null, null, next);
    }

    private Instant due(ClockKind kind) {
        return clocks.forPeople(List.of(child)).stream().filter(d -> d.kind() == kind && d.isOpen())
                .findFirst().orElseThrow().dueAt();
    }

    private Clocks.State stateOf(ClockKind kind) {
        return clocks.forPeople(List.of(child)).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow()
                .state(Instant.now());
    }

    private static Instant london(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WorkingCalendar.LONDON).toInstant();
    }
}
