package hearth.casework;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.people.Addresses;
import hearth.people.PersonIndex;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where work opened at the front door goes, so no child's case belongs to nobody: a child not
 * already held by a team is allocated to the team the council's routing rules name (by kind of
 * work, age and area, else the duty team), and waits there for a worker on a clock of its own
 * ({@link ClockKind#ALLOCATION}) that allocating a worker meets.
 */
@Service
public class CaseRouting {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRouting.class);

    private final RoutingRules rules;
    private final Allocations allocations;
    private final PersonIndex people;
    private final Addresses addresses;
    private final Staff staff;
    private final Clocks clocks;
    private final Chronology chronology;
    private final Clock clock;

    CaseRouting(RoutingRules rules, Allocations allocations, PersonIndex people, Addresses addresses, Staff staff,
                Clocks clocks, Chronology chronology, Clock clock) {
        this.rules = rules;
        this.allocations = allocations;
        this.people = people;
        this.addresses = addresses;
        this.staff = staff;
        this.clocks = clocks;
        this.chronology = chronology;
        this.clock = clock;
    }

    /**
     * A decision opened work with this child: the team already holding the case keeps it;
     * otherwise the routed team gets it, waiting for allocation from now. Returns the team.
     */
    @Transactional
    public Optional<Staff.Team> referred(PersonId childId, Involvements.Kind work, StaffMember by) {
        Optional<Allocations.Allocation> held = allocations.current(childId);
        if (held.isPresent()) {
            return staff.team(held.get().teamId());
        }
        Optional<Staff.Team> team = rules.teamFor(work, age(childId), postcode(childId), staff.teams());
        team.ifPresentOrElse(to -> route(childId, to, work, by), () -> chronology.record(childId,
                LocalDate.now(clock), "Not routed", "No team is set up to receive " + work.label().toLowerCase()
                        + " work: the head of service allocates it", by, "routing:" + childId));
        return team;
    }

    private void route(PersonId childId, Staff.Team team, Involvements.Kind work, StaffMember by) {
        Instant now = clock.instant();
        allocations.allocate(childId, team.id(), null, LocalDate.now(clock), by);
        clocks.start(childId, ClockKind.ALLOCATION, ClockSubject.child(childId), now);
        chronology.record(childId, LocalDate.now(clock), "Waiting for allocation", work.label() + " work routed to "
                + team.name() + ", waiting for a worker", by, "routing:" + childId);
    }

    /** A council's rules that name a team Hearth does not have are said at start, not found at a decision. */
    @EventListener(ApplicationReadyEvent.class)
    void checkRules() {
        List<Staff.Team> teams = staff.teams();
        List<String> unknown = rules.unknownTeams(teams);
        if (!teams.isEmpty() && !unknown.isEmpty()) {
            LOG.warn("hearth.routing names {} that Hearth does not have: work those rules would route goes to the "
                    + "duty team instead. Teams: {}", unknown, teams.stream().map(Staff.Team::name).sorted().toList());
        }
    }

    private Integer age(PersonId childId) {
        return people.find(childId).map(p -> p.age(LocalDate.now(clock))).orElse(null);
    }

    private String postcode(PersonId childId) {
        return addresses.history(childId).stream().filter(Addresses.AddressHistory::current)
                .map(Addresses.AddressHistory::postcode).findFirst().orElse(null);
    }
}
