package hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.PublishedEvents;
import hearth.Race;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
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

/** Two managers deciding one transfer at once, and one closure posted twice: each is written once. */
@HearthTest
class TransferRacesIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired CaseTransfers transfers;
    @Autowired CaseClosures closures;
    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired Chronology chronology;
    @Autowired Staff staff;
    @Autowired PublishedEvents events;

    FixtureCouncil.Council council;
    PersonId child;
    UUID receivingTeam;
    StaffMember receivingManager;
    StaffMember otherReceivingManager;
    StaffMember otherWorker;

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        receivingTeam = council.outsider().teamId();
        receivingManager = colleague("cin-manager", Role.TEAM_MANAGER);
        otherReceivingManager = colleague("cin-deputy", Role.TEAM_MANAGER);
        otherWorker = colleague("cin-worker", Role.SOCIAL_WORKER);
    }

    @Test
    void twoManagersAcceptingATransferAtOnceAllocateItOnceAndMeetItsClockOnce() {
        TransferId transfer = transfers.request(child, receivingTeam, "Plan agreed", council.user(Role.SOCIAL_WORKER));

        Race.Result race = Race.of(() -> transfers.accept(transfer, 0, council.outsider().id(), receivingManager),
                () -> transfers.accept(transfer, 0, otherWorker.id(), otherReceivingManager))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(allocations.current(child)).get().extracting(Allocations.Allocation::workerId)
                .isEqualTo(race.firstWon() ? council.outsider().id() : otherWorker.id());
        assertThat(entries("Transfer accepted")).isEqualTo(1);
        assertThat(clocks.forPeople(List.of(child))).filteredOn(d -> d.kind() == ClockKind.CASE_TRANSFER)
                .singleElement().satisfies(d -> assertThat(d.completedAt()).isNotNull());
        assertThat(transfers.waitingFor(receivingManager)).isEmpty();
    }

    @Test
    void acceptingAndDecliningAtOnceKeepsOneDecision() {
        TransferId transfer = transfers.request(child, receivingTeam, "Ready to move", council.user(Role.SOCIAL_WORKER));

        Race.Result race = Race.of(() -> transfers.accept(transfer, 0, council.outsider().id(), receivingManager),
                () -> transfers.decline(transfer, 0, "Assessment not finished", otherReceivingManager))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(entries("Transfer accepted") + entries("Transfer declined")).isEqualTo(1);
        assertThat(allocations.current(child)).get().extracting(Allocations.Allocation::teamId)
                .isEqualTo(race.firstWon() ? receivingTeam : council.team().id());
    }

    @Test
    void aClosurePostedTwiceAtOnceClosesTheCaseOnce() {
        UUID form = UUID.randomUUID();
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        Set<UUID> made = ConcurrentHashMap.newKeySet();

        Race.twice(() -> made.add(closures.close(child, LocalDate.now(), "RC7", "Outcomes met", manager, form)))
                .bothSucceed();

        assertThat(made).hasSize(1);
        assertThat(entries("Case closed")).isEqualTo(1);
        assertThat(events.count(CaseClosed.class, e -> e.personId().equals(child.value()))).isEqualTo(1);
        assertThat(closures.close(child, LocalDate.now(), "RC7", "Outcomes met", manager, form))
                .as("a resend later").isEqualTo(made.iterator().next());
        assertThat(entries("Case closed")).isEqualTo(1);
    }

    @Test
    void twoManagersClosingOneCaseAtOnceCloseItOnceAndTheOtherIsShownTheClosure() {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);

        Race.of(() -> closures.close(child, LocalDate.now(), "RC7", "Outcomes met", manager, UUID.randomUUID()),
                () -> closures.close(child, LocalDate.now(), "RC1", "Adopted", head, UUID.randomUUID()))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(entries("Case closed")).isEqualTo(1);
        assertThat(events.count(CaseClosed.class, e -> e.personId().equals(child.value()))).isEqualTo(1);
    }

    private long entries(String type) {
        return chronology.entries(child, Chronology.Filter.all()).stream().filter(e -> e.type().equals(type)).count();
    }

    private StaffMember colleague(String name, Role role) {
        return staff.createUser(new Staff.NewUser(name + "." + council.tag(), name + " " + council.tag(), role,
                receivingTeam, null, FixtureCouncil.PASSWORD));
    }
}
