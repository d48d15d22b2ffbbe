package hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.Race;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people deciding one assessment at the same instant: one decision is kept, written once. */
@HearthTest
class AssessmentRacesIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Assessments assessments;
    @Autowired Staff staff;
    @Autowired Chronology chronology;
    @Autowired Plans plans;
    @Autowired Clocks clocks;

    FixtureCouncil.Council council;
    PersonId child;
    StaffMember worker;
    StaffMember manager;
    StaffMember otherManager;

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
        otherManager = staff.createUser(new Staff.NewUser("deputy." + council.tag(), "Deputy " + council.tag(),
                Role.TEAM_MANAGER, council.team().id(), null, FixtureCouncil.PASSWORD));
    }

    @Test
    void twoManagersAuthorisingAtOnceAuthoriseItOnceWithOneChronologyEntryAndOnePlan() {
        AssessmentId id = submitted();
        int seen = assessments.find(id).orElseThrow().version();

        Race.of(() -> assessments.authorise(id, seen, manager), () -> assessments.authorise(id, seen, otherManager))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(assessments.find(id).orElseThrow().status()).isEqualTo(Assessment.Status.AUTHORISED);
        assertThat(entries("Assessment authorised")).isEqualTo(1);
        assertThat(plans.of(child)).filteredOn(p -> p.kind() == PlanKind.CHILD_IN_NEED).hasSize(1);
        assertThat(clocks.forPeople(List.of(child)))
                .filteredOn(d -> d.kind() == ClockKind.CHILD_AND_FAMILY_ASSESSMENT && d.completedAt() != null)
                .hasSize(1);
    }

    @Test
    void twoSubmissionsAtOnceSubmitItOnce() {
        AssessmentId id = assessments.startFromRecord(child, LocalDate.now().minusDays(3), worker);
        assessments.save(id, 0, AssessmentRacesIntegrationTests.complete(), worker);

        Race.twice(() -> assessments.submit(id, 1, worker)).oneWinsAndTheOtherIsToldItChanged();

        Assessment now = assessments.find(id).orElseThrow();
        assertThat(now.status()).isEqualTo(Assessment.Status.SUBMITTED);
        assertThat(now.version()).isEqualTo(2);
    }

    @Test
    void twoManagersReturningAtOnceReturnItOnce() {
        AssessmentId id = submitted();
        int seen = assessments.find(id).orElseThrow().version();

        Race.of(() -> assessments.returnToWorker(id, seen, "Add what the child said about school", manager),
                () -> assessments.returnToWorker(id, seen, "Say who was at home", otherManager))
                .oneWinsAndTheOtherIsToldItChanged();

        Assessment now = assessments.find(id).orElseThrow();
        assertThat(now.status()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(now.version()).isEqualTo(seen + 1);
    }

    @Test
    void authorisingAndReturningAtOnceKeepsOnlyOneOfTheDecisions() {
        AssessmentId id = submitted();
        int seen = assessments.find(id).orElseThrow().version();

        Race.Result race = Race.of(() -> assessments.authorise(id, seen, manager),
                () -> assessments.returnToWorker(id, seen, "Say who was at home", otherManager))
                .oneWinsAndTheOtherIsToldItChanged();

        Assessment now = assessments.find(id).orElseThrow();
        assertThat(now.status()).isEqualTo(race.firstWon() ? Assessment.Status.AUTHORISED : Assessment.Status.IN_PROGRESS);
        assertThat(entries("Assessment authorised")).isEqualTo(race.firstWon() ? 1 : 0);
    }

    private AssessmentId submitted() {
        AssessmentId id = assessments.startFromRecord(child, LocalDate.now().minusDays(3), worker);
        assessments.save(id, 0, complete(), worker);
        assessments.submit(id, 1, worker);
        return id;
    }

    private long entries(String type) {
        return chronology.entries(child, Chronology.Filter.all()).stream().filter(e -> e.type().equals(type)).count();
    }

    static Assessment.Content complete() {
        return new Assessment.Content("Sam Worker", LocalDate.now().minusDays(1), true, null,
                "Gets herself to school; no breakfast most days", "I don't like it when they shout",
                List.of(), "Two earlier referrals about shouting", "Mother loving but overwhelmed", "Overcrowded flat",
                "Tired and anxious at school", "Mother's depression untreated", "Mother engaged, father not",
                List.of("3A"), AssessmentOutcome.CHILD_IN_NEED_PLAN, null);
    }
}
