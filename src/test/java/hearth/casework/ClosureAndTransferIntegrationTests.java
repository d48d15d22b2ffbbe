package hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.planning.PlanEnd;
import hearth.planning.Plans;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class ClosureAndTransferIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired CaseClosures closures;
    @Autowired CaseTransfers transfers;
    @Autowired Allocations allocations;
    @Autowired Involvements involvements;
    @Autowired Plans plans;
    @Autowired Clocks clocks;
    @Autowired Chronology chronology;
    @Autowired Staff staff;

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
    void closingEndsThePlanInvolvementsAllocationAndClocksWithTheDfeReason() {
        plans.startChildInNeedPlan(child, LocalDate.of(2026, 6, 1), worker);
        closures.close(child, LocalDate.of(2026, 11, 2), "RC7", "Outcomes met", manager);
        assertThat(plans.of(child)).singleElement().extracting(Plans.Plan::endReason).isEqualTo(PlanEnd.CASE_CLOSED);
        assertThat(involvements.of(child)).allMatch(i -> !i.open());
        assertThat(allocations.current(child)).isEmpty();
        assertThat(clocks.forPeople(List.of(child))).noneMatch(Clocks.Due::isOpen);
        assertThat(chronology.entries(child, new Chronology.Filter("Case closed", null, null)))
                .extracting(Chronology.Entry::summary).singleElement().asString()
                .startsWith("Services ceased for any other reason");
        assertThat(closures.latest(child)).get().extracting(CaseClosures.Closure::reason).isEqualTo("RC7");
    }

    @Test
    void aCaseIsNotClosedAroundAChildProtectionPlanNorWithoutADfeReason() {
        plans.startChildProtectionPlan(child, LocalDate.of(2026, 9, 1), "NEG", worker);
        assertThatThrownBy(() -> closures.close(child, LocalDate.of(2026, 11, 2), "RC7", null, manager))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get("reason")).contains("child protection plan"));
        assertThatThrownBy(() -> closures.close(child, LocalDate.of(2026, 11, 2), "RC99", null, manager))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aTransferRunsOnItsClockUntilTheReceivingManagerAcceptsAndAllocates() {
        UUID receivingTeam = council.outsider().teamId();
        StaffMember receivingManager = staff.createUser(new Staff.NewUser("cin-manager." + council.tag(),
                "CIN manager", Role.TEAM_MANAGER, receivingTeam, null, FixtureCouncil.PASSWORD));
        TransferId transfer = transfers.request(child, receivingTeam, "Plan agreed; school is the key agency", worker);
        assertThat(clocks.dueAt(ClockKind.CASE_TRANSFER, hearth.timeliness.ClockSubject.transfer(transfer))).isPresent();
        assertThat(transfers.waitingFor(receivingManager)).extracting(CaseTransfers.Transfer::id).containsExactly(transfer);
        assertThatThrownBy(() -> transfers.accept(transfer, 0, council.outsider().id(), manager))
                .isInstanceOf(hearth.access.AccessDenied.class);
        assertThat(allocations.current(child)).get().extracting(Allocations.Allocation::teamId)
                .isEqualTo(council.team().id());
        transfers.accept(transfer, 0, council.outsider().id(), receivingManager);
        assertThat(allocations.current(child)).get().extracting(Allocations.Allocation::workerId)
                .isEqualTo(council.outsider().id());
        assertThat(clocks.forPeople(List.of(child))).filteredOn(d -> d.kind() == ClockKind.CASE_TRANSFER)
                .singleElement().satisfies(d -> assertThat(d.completedAt()).isNotNull());
        assertThat(transfers.waitingFor(receivingManager)).isEmpty();
    }

    @Test
    void aDeclinedTransferNeedsAReasonAndLeavesTheCaseWhereItWas() {
        UUID receivingTeam = council.outsider().teamId();
        StaffMember receivingManager = staff.createUser(new Staff.NewUser("cin-lead." + council.tag(),
                "CIN lead", Role.TEAM_MANAGER, receivingTeam, null, FixtureCouncil.PASSWORD));
        TransferId transfer = transfers.request(child, receivingTeam, "Ready to move", worker);
        assertThatThrownBy(() -> transfers.request(child, receivingTeam, "Again", worker))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> transfers.decline(transfer, 0, " ", receivingManager)).isInstanceOf(InvalidInput.class);
        transfers.decline(transfer, 0, "Assessment not finished", receivingManager);
        assertThat(clocks.dueAt(ClockKind.CASE_TRANSFER, hearth.timeliness.ClockSubject.transfer(transfer))).isEmpty();
        assertThat(allocations.current(child)).get().extracting(Allocations.Allocation::teamId)
                .isEqualTo(council.team().id());
    }
}
