package hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.assessment.AssessmentId;
import hearth.casework.Allocations;
import hearth.frontdoor.ContactId;
import hearth.oversight.RecordQuality.Check;
import hearth.planning.PlanContent;
import hearth.planning.PlanId;
import hearth.planning.Plans;
import hearth.planning.VisitDetails;
import hearth.planning.Visits;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each quality check on one case that passes it and one that fails it. */
@HearthTest
class RecordQualityIntegrationTests {

    static final LocalDate TODAY = LocalDate.now();
    /** How the findings write a date: "19 November 2026". */
    static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    @Autowired FixtureCouncil fixtures;
    @Autowired RecordQuality quality;
    @Autowired Plans plans;
    @Autowired Visits visits;
    @Autowired Supervisions supervisions;
    @Autowired Allocations allocations;
    @Autowired JdbcClient jdbc;

    FixtureCouncil.Council council;
    StaffMember worker;
    StaffMember manager;
    PersonId good;
    PersonId poor;

    @BeforeEach
    void cases() {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
        good = caseHeldSinceTwoMonths();
        PlanId goodPlan = plans.startChildInNeedPlan(good, TODAY.minusDays(30), worker);
        plans.write(goodPlan, 0, plan("Attendance each half term"), LocalDate.now(), worker);
        visits.record(good, visit(TODAY.minusDays(3), "I like my new school"), worker);
        supervisions.record(good, new SupervisionRecord(worker.id(), TODAY.minusWeeks(1), null, null,
                "Things are calmer at home", "Continue", List.of(), Map.of()), manager);
        referral(good, "GIVEN", null);

        poor = caseHeldSinceTwoMonths();
        PlanId poorPlan = plans.startChildInNeedPlan(poor, TODAY.minusDays(60), worker);
        plans.write(poorPlan, 0, plan(null), LocalDate.now(), worker);
        jdbc.sql("UPDATE plan SET contingency = NULL WHERE id = :id").param("id", poorPlan).update();
        visits.record(poor, visit(TODAY.minusDays(45), null), worker);
        referral(poor, "NOT_SOUGHT_OTHER", null);
    }

    @Test
    void aChildNotSeenWithinTheVisitingTimescaleIsListed() {
        assertChecked(Check.CHILD_NOT_SEEN);
    }

    @Test
    void aLatestVisitWithoutTheChildsWordsIsListed() {
        assertChecked(Check.NO_CHILDS_WORDS);
    }

    @Test
    void anOutcomeWithoutAMeasurableIndicatorIsListed() {
        assertChecked(Check.OUTCOME_WITHOUT_INDICATOR);
    }

    @Test
    void aPlanWithoutAContingencyIsListed() {
        assertChecked(Check.NO_CONTINGENCY);
    }

    @Test
    void aCaseWithoutSupervisionOrOversightForTheSetWeeksIsListed() {
        assertChecked(Check.NO_SUPERVISION_OR_OVERSIGHT);
    }

    @Test
    void consentWithoutItsReasonIsListed() {
        assertChecked(Check.CONSENT_NOT_RECORDED);
    }

    @Test
    void anAssessmentWithoutTheChildsWordsIsListedUntilTheyAreWritten(@Autowired hearth.assessment.Assessments assessments) {
        PersonId child = caseHeldSinceTwoMonths();
        visits.record(child, visit(TODAY.minusDays(2), "I like my teacher"), worker);
        AssessmentId assessment = assessments.startFromRecord(child, TODAY.minusDays(10), worker);
        assertThat(quality.of(child)).extracting(RecordQuality.Finding::detail)
                .anyMatch(d -> d.startsWith("Assessment from the referral"));
        assessments.save(assessment, 0, new hearth.assessment.Assessment.Content(null, null, null, null, null,
                "I don't like it when Mum cries", List.of(), null, null, null, null, null, null, List.of(), null, null),
                worker);
        assertThat(quality.of(child)).extracting(RecordQuality.Finding::check).doesNotContain(Check.NO_CHILDS_WORDS);
    }

    @Test
    void theTeamListHoldsThePoorCaseAndNotTheGoodOne() {
        assertThat(quality.team(allocations.caseload(manager))).extracting(RecordQuality.CaseFindings::personId).contains(poor)
                .doesNotContain(good);
    }

    @Test
    void theTeamListGivesEachCaseTheFindingsItsOwnRecordWouldShow(@Autowired hearth.assessment.Assessments assessments,
                                                                   @Autowired Oversight oversight,
                                                                   @Autowired hearth.timeliness.Clocks clocks) {
        PersonId assessed = caseHeldSinceTwoMonths();
        visits.record(assessed, visit(TODAY.minusDays(2), "I like my teacher"), worker);
        assessments.startFromRecord(assessed, TODAY.minusDays(10), worker);
        PersonId overseenLongAgo = caseHeldSinceTwoMonths();
        oversight.record(overseenLongAgo, TODAY.minusWeeks(10), "Step down to early help", manager);
        PersonId overseenLately = caseHeldSinceTwoMonths();
        oversight.record(overseenLately, TODAY.minusWeeks(2), "Keep the plan", manager);
        PersonId justAllocated = fixtures.allocatedChild(council);
        String visitDue = clocks.forPeople(List.of(poor)).stream()
                .filter(d -> d.completedAt() == null && d.kind() == hearth.timeliness.ClockKind.CHILD_IN_NEED_VISIT)
                .findFirst().orElseThrow().dueLocal().toLocalDate().format(DAY);

        Map<PersonId, List<RecordQuality.Finding>> byCase = new java.util.HashMap<>();
        quality.team(allocations.caseload(manager)).forEach(c -> byCase.put(c.personId(), c.findings()));

        assertThat(byCase).containsOnlyKeys(poor, assessed, overseenLongAgo);
        assertThat(byCase.get(poor)).containsExactly(
                new RecordQuality.Finding(Check.CHILD_NOT_SEEN, "Visit was due " + visitDue),
                new RecordQuality.Finding(Check.NO_CHILDS_WORDS, "Visit on " + TODAY.minusDays(45).format(DAY)),
                new RecordQuality.Finding(Check.OUTCOME_WITHOUT_INDICATOR, "Gets to school every day"),
                new RecordQuality.Finding(Check.NO_CONTINGENCY, "Child in need plan"),
                new RecordQuality.Finding(Check.NO_SUPERVISION_OR_OVERSIGHT, "None recorded"),
                new RecordQuality.Finding(Check.CONSENT_NOT_RECORDED, "The latest referral"));
        assertThat(byCase.get(assessed)).containsExactly(
                new RecordQuality.Finding(Check.NO_CHILDS_WORDS, "Assessment from the referral on " + TODAY.minusDays(10).format(DAY)),
                new RecordQuality.Finding(Check.NO_SUPERVISION_OR_OVERSIGHT, "None recorded"));
        assertThat(byCase.get(overseenLongAgo)).containsExactly(
                new RecordQuality.Finding(Check.NO_SUPERVISION_OR_OVERSIGHT, "Last on " + TODAY.minusWeeks(10).format(DAY)));
        assertThat(quality.of(poor)).isEqualTo(byCase.get(poor));
        assertThat(quality.of(justAllocated)).isEmpty();
        assertThat(quality.of(overseenLately)).isEmpty();
    }

    private void assertChecked(Check check) {
        assertThat(quality.of(good)).extracting(RecordQuality.Finding::check).doesNotContain(check);
        assertThat(quality.of(poor)).extracting(RecordQuality.Finding::check).contains(check);
    }

    private PersonId caseHeldSinceTwoMonths() {
        PersonId child = fixtures.allocatedChild(council);
        allocations.allocate(child, council.team().id(), worker.id(), TODAY.minusMonths(2), manager);
        return child;
    }

    private static PlanContent plan(String indicator) {
        return new PlanContent(List.of(new PlanContent.Outcome("Gets to school every day", indicator, "70%", "95%",
                "Mother", TODAY.plusMonths(3))), "Breakfast club", "Strategy discussion if attendance falls");
    }

    private static VisitDetails visit(LocalDate on, String words) {
        return new VisitDetails(on, VisitDetails.Type.STATUTORY, VisitDetails.Place.HOME, "Child and mother", true, true,
                null, null, words, words == null ? "Asleep throughout the visit" : null, null, null, null);
    }

    private void referral(PersonId child, String consent, String reason) {
        ContactId contact = new ContactId(UUID.randomUUID());
        jdbc.sql("""
                INSERT INTO contact (id, status, channel, worry, consent, consent_reason, received_at, created_at)
                VALUES (:id, 'RECEIVED', 'PHONE', 'Worried', :consent, :reason, now(), now())""")
                .param("id", contact).param("consent", consent).param("reason", reason).update();
        jdbc.sql("""
                INSERT INTO contact_child (contact_id, position, forenames, surname, person_id)
                VALUES (:c, 0, 'Amira', 'Fixture', :p)""").param("c", contact).param("p", child).update();
    }
}
