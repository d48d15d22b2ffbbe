package hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Involvements;
import hearth.chronology.Chronology;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class AssessmentIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Assessments assessments;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired Clocks clocks;
    @Autowired WorkingCalendar calendar;
    @Autowired Involvements involvements;
    @Autowired Chronology chronology;
    @Autowired Plans plans;

    FixtureCouncil.Council council;
    PersonId child;
    StaffMember worker;
    StaffMember manager;

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
    }

    @Test
    void anUnfinishedAssessmentEndsWhenTheCaseCloses(@Autowired hearth.casework.CaseClosures closures) {
        AssessmentId id = assessments.startFromRecord(child, LocalDate.now().minusDays(5), worker);
        closures.close(child, LocalDate.now(), "RC7", "Family moved on", manager);
        assertThat(assessments.find(id)).get().extracting(Assessment::status).isEqualTo(Assessment.Status.ENDED);
        assertThat(clocks.forPeople(List.of(child))).noneMatch(Clocks.Due::isOpen);
        assertThat(chronology.entries(child, new Chronology.Filter("Assessment ended", null, null))).hasSize(1);
    }

    @Test
    void aReferralDecidedForAnAssessmentStartsOneDueFortyFiveWorkingDaysFromReceipt() {
        ContactId contact = fixtures.referral(council);
        StaffMember hub = council.user(Role.MASH_PRACTITIONER);
        frontDoor.matchChild(contact, contacts.find(contact).orElseThrow().version(), 0, child, hub);
        frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                "Domestic abuse with the child present; needs assessing", Outcome.ASSESSMENT, hub);
        assertThat(assessments.of(child)).as("not until the decision is authorised").isEmpty();
        frontDoor.authorise(contact, contacts.find(contact).orElseThrow().version(), council.user(Role.MASH_MANAGER));

        ContactView received = contacts.find(contact).orElseThrow();
        Assessment assessment = assessments.of(child).get(0);
        assertThat(assessment.contactId()).isEqualTo(contact);
        assertThat(assessment.referredAt()).isEqualTo(received.receivedAt());
        assertThat(assessment.status()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(clocks.dueAt(ClockKind.CHILD_AND_FAMILY_ASSESSMENT, hearth.timeliness.ClockSubject.assessment(assessment.id())))
                .contains(calendar.workingDaysAfter(received.receivedAt(), 45));
        assertThat(involvements.isOpen(child, Involvements.Kind.ASSESSMENT)).isTrue();
    }

    @Test
    void submissionIsRefusedWithoutTheChildsWordsTheImpactAndWhyTheChildWasNotSeenAlone() {
        AssessmentId id = assessments.startFromRecord(child, LocalDate.now().minusDays(5), worker);
        assessments.save(id, 0, new Assessment.Content("Sam Worker", LocalDate.now(), false, " ", "School every day",
                null, List.of(), null, null, null, " ", null, null, List.of(), AssessmentOutcome.EARLY_HELP, null),
                worker);
        assertThatThrownBy(() -> assessments.submit(id, 1, worker)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("notAloneReason", "childWords", "impact"));
        assertThat(assessments.find(id).orElseThrow().status()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(assessments.find(id).orElseThrow().content().livedExperience()).isEqualTo("School every day");
    }

    @Test
    void aManagersAuthorisationMeetsTheClockWritesTheChronologyAndStartsAChildInNeedPlan() {
        AssessmentId id = submitted(LocalDate.now().minusDays(10), null);
        assessments.authorise(id, 2, manager);

        assertThat(stateOf(id)).isEqualTo(Clocks.State.MET);
        assertThat(chronology.entries(child, new Chronology.Filter("Assessment authorised", null, null)))
                .extracting(Chronology.Entry::summary).containsExactly("Outcome: Child in need plan.");
        assertThat(plans.open(child, PlanKind.CHILD_IN_NEED)).isPresent();
        assertThat(involvements.isOpen(child, Involvements.Kind.ASSESSMENT)).isFalse();
        assertThat(assessments.find(id).orElseThrow().status()).isEqualTo(Assessment.Status.AUTHORISED);
    }

    @Test
    void aChildAlreadyOnAChildInNeedPlanKeepsThatOne() {
        plans.startChildInNeedPlan(child, LocalDate.now().minusDays(3), worker);
        AssessmentId id = submitted(LocalDate.now().minusDays(10), null);
        assessments.authorise(id, 2, manager);
        assertThat(plans.of(child)).hasSize(1);
    }

    @Test
    void anAssessmentPastFortyFiveWorkingDaysNeedsAReasonAndIsMetLate() {
        AssessmentId id = assessments.startFromRecord(child, LocalDate.now().minusDays(100), worker);
        assessments.save(id, 0, FixtureCouncil.completeAssessment(null), worker);
        assertThatThrownBy(() -> assessments.submit(id, 1, worker)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("lateReason"));
        assessments.save(id, 1, FixtureCouncil.completeAssessment("Father in hospital; could not be seen for six weeks"), worker);
        assessments.submit(id, 2, worker);
        assessments.authorise(id, 3, manager);
        assertThat(stateOf(id)).isEqualTo(Clocks.State.MET_LATE);
        assertThat(chronology.entries(child, new Chronology.Filter("Assessment authorised", null, null)))
                .extracting(Chronology.Entry::summary).first().asString()
                .contains("Completed after 45 working days: Father in hospital");
    }

    @Test
    void onlyAManagerCanAuthoriseAndOnlyASubmittedAssessment() {
        AssessmentId draft = assessments.startFromRecord(child, LocalDate.now().minusDays(3), worker);
        assertThatThrownBy(() -> assessments.authorise(draft, 0, manager)).isInstanceOf(InvalidInput.class);
        AssessmentId id = submitted(LocalDate.now().minusDays(10), null);
        assertThatThrownBy(() -> assessments.authorise(id, 2, worker)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsEntry("authorise", "Only a manager can authorise an assessment"));
        assertThatThrownBy(() -> assessments.save(id, 2, FixtureCouncil.completeAssessment(null), worker)).isInstanceOf(InvalidInput.class);
        assessments.returnToWorker(id, 2, "Add what the child said about school", manager);
        Assessment returned = assessments.find(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(returned.returnedReason()).isEqualTo("Add what the child said about school");
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedAndTheOtherSaveIsKept() {
        AssessmentId id = assessments.startFromRecord(child, LocalDate.now().minusDays(3), worker);
        Assessment.Content first = FixtureCouncil.completeAssessment(null);
        assessments.save(id, 0, first, worker);
        assertThatThrownBy(() -> assessments.save(id, 0, Assessment.Content.empty(), manager))
                .isInstanceOf(ConcurrentEdit.class).hasMessageContaining("changed by someone else");
        assertThat(assessments.find(id).orElseThrow().content().childWords()).isEqualTo(first.childWords());
        assertThatThrownBy(() -> assessments.submit(id, 0, worker)).isInstanceOf(ConcurrentEdit.class);
    }

    private AssessmentId submitted(LocalDate referredOn, String lateReason) {
        AssessmentId id = assessments.startFromRecord(child, referredOn, worker);
        assessments.save(id, 0, FixtureCouncil.completeAssessment(lateReason), worker);
        assessments.submit(id, 1, worker);
        return id;
    }

    private Clocks.State stateOf(AssessmentId id) {
        return clocks.forPeople(List.of(child)).stream()
                .filter(d -> d.subject().equals(hearth.timeliness.ClockSubject.assessment(id))).findFirst().orElseThrow()
                .state(Instant.now());
    }
}
