package hearth.casework;

import hearth.access.ChildRelationshipEnded;
import hearth.access.ChildRelationshipStarted.Kind;
import hearth.access.ChildRelationshipStarted;
import hearth.access.RestrictionFilter;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.Page;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which worker and team hold a child's case. Allocating gives the worker and team access
 * to the record (through an event) and puts the change on the chronology.
 */
@Service
public class Allocations {

    private static final String ALLOCATION = """
            SELECT a.id, a.person_id, a.worker_id, u.display_name AS worker_name, a.team_id, t.name AS team_name,
                a.started_on
            FROM allocation a JOIN report_team t ON t.id = a.team_id LEFT JOIN report_staff u ON u.id = a.worker_id
            """;

    /** The roles that hold children's cases. */
    private static final Set<Role> CASE_HOLDERS = EnumSet.of(Role.SOCIAL_WORKER, Role.FAMILY_SUPPORT_WORKER,
            Role.TEAM_MANAGER);

    private final JdbcClient jdbc;
    private final Staff staff;
    private final Involvements involvements;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RestrictionFilter restrictions;
    private final Clocks clocks;
    private final Clock clock;

    Allocations(JdbcClient jdbc, Staff staff, Chronology chronology, AuditTrail audit, ApplicationEventPublisher events,
                RestrictionFilter restrictions, Involvements involvements, Clocks clocks, Clock clock) {
        this.involvements = involvements;
        this.clocks = clocks;
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.staff = staff;
        this.chronology = chronology;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void allocate(PersonId childId, UUID teamId, UUID workerId, LocalDate from, StaffMember by) {
        Staff.Team team = staff.team(teamId).orElseThrow(() -> InvalidInput.of("teamId", "Select a team"));
        StaffMember worker = workerId == null ? null : staff.find(workerId)
                .filter(w -> w.isIn(teamId))
                .orElseThrow(() -> InvalidInput.of("workerId", "Select a worker in the chosen team"));
        current(childId).ifPresent(previous -> end(previous, from));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO allocation (id, person_id, worker_id, team_id, started_on)
                VALUES (:id, :child, :worker, :team, :from)""")
                .param("id", id).param("child", childId).param("worker", workerId).param("team", teamId)
                .param("from", from).update();
        String source = "allocation:" + id;
        events.publishEvent(new ChildRelationshipStarted(childId.value(), Kind.ALLOCATED_TEAM, null, teamId, source,
                clock.instant()));
        if (worker != null) {
            events.publishEvent(new ChildRelationshipStarted(childId.value(), Kind.ALLOCATED_WORKER, workerId, null, source,
                    clock.instant()));
            clocks.complete(ClockKind.ALLOCATION, ClockSubject.child(childId), clock.instant());
        }
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "ALLOCATE", childId, team.name(), null, true));
        chronology.record(childId, from, "Allocated", "Allocated to " + (worker == null ? "" : worker.displayName()
                + ", ") + team.name(), by, source);
    }

    /**
     * A manager allocates the child to a worker: a team manager to someone in their own team, the
     * head of service to any case-holding worker in the service. A family support worker, who is
     * not a qualified social worker, is not allocated a child on a child protection plan.
     */
    @Transactional
    public void allocateWorker(PersonId childId, UUID workerId, StaffMember by) {
        StaffMember worker = Optional.ofNullable(workerId).flatMap(staff::find)
                .filter(w -> workersFor(by).stream().anyMatch(offered -> offered.member().id().equals(w.id())))
                .orElseThrow(() -> InvalidInput.of("workerId", "Select a worker you can allocate to"));
        if (worker.role() == Role.FAMILY_SUPPORT_WORKER && involvements.isOpen(childId, Involvements.Kind.CHILD_PROTECTION)) {
            throw InvalidInput.of("workerId", worker.displayName() + " is a family support worker: a child on a child "
                    + "protection plan is allocated to a qualified social worker");
        }
        allocate(childId, worker.teamId(), worker.id(), LocalDate.now(clock), by);
    }

    /** The workers this manager may allocate to, each with how many children they hold now. */
    public List<Worker> workersFor(StaffMember by) {
        if (!by.role().managesCases()) {
            return List.of();
        }
        List<Staff.Team> teams = by.role() == Role.HEAD_OF_SERVICE ? staff.teams()
                : staff.team(by.teamId()).stream().toList();
        Map<UUID, Integer> held = jdbc.sql("""
                SELECT worker_id, count(*) FROM allocation WHERE ended_on IS NULL AND worker_id IS NOT NULL
                GROUP BY worker_id""").query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return teams.stream().sorted(Comparator.comparing(Staff.Team::name))
                .flatMap(team -> staff.members(team.id()).stream().filter(m -> CASE_HOLDERS.contains(m.role()))
                        .map(m -> new Worker(m, team.name(), held.getOrDefault(m.id(), 0))))
                .toList();
    }

    /** The case is no longer held by anyone (it closed). */
    @Transactional
    public void endCurrent(PersonId childId, LocalDate on) {
        current(childId).ifPresent(previous -> end(previous, on));
    }

    public Optional<Allocation> current(PersonId childId) {
        return jdbc.sql(ALLOCATION + " WHERE a.person_id = :child AND a.ended_on IS NULL")
                .param("child", childId).query(Allocation.class).optional();
    }

    /**
     * Every child allocated to this worker, or for managers to anyone in their team, leaving out
     * restricted records that do not name them: for work across the whole caseload (clocks due,
     * record quality). A page listing the caseload shows it a page at a time.
     */
    public List<Allocation> caseload(StaffMember member) {
        return restrictions.shown(member, "Caseload", held(member, ALLOCATION).query(Allocation.class).list(),
                Allocation::personId);
    }

    /**
     * One page of the caseload, newest allocation first. Restricted records that do not name
     * the viewer are left out before paging, so neither the count nor a short page hints at them.
     */
    public Page<Allocation> caseload(StaffMember member, int page, int size) {
        List<UUID> held = visibleAllocations(member, held(member, "SELECT a.id, a.person_id FROM allocation a")
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), new PersonId(rs.getObject(2, UUID.class)))).list());
        int number = Page.within(page, size, held.size());
        List<UUID> onPage = held.subList((int) Page.offset(number, size),
                (int) Math.min(held.size(), Page.offset(number, size) + size));
        List<Allocation> rows = onPage.isEmpty() ? List.of() : jdbc.sql(ALLOCATION
                        + " WHERE a.id IN (:ids) ORDER BY a.started_on DESC, a.id")
                .param("ids", onPage).query(Allocation.class).list();
        return new Page<>(restrictions.shown(member, "Caseload", rows, Allocation::personId), number, size,
                held.size());
    }

    /** The allocation ids, in order, of the children this viewer may see in a list. */
    private List<UUID> visibleAllocations(StaffMember member, List<Held> rows) {
        RestrictionFilter.Visibility visibility = restrictions.hiddenAmong(member,
                rows.stream().map(Held::child).toList());
        return rows.stream().filter(row -> !visibility.hides(row.child())).map(Held::allocation).toList();
    }

    private record Held(UUID allocation, PersonId child) {
    }

    /** Ordered to the row (id last), so paging neither repeats nor skips a child. */
    private JdbcClient.StatementSpec held(StaffMember member, String select) {
        return jdbc.sql(select + " WHERE a.ended_on IS NULL AND " + whose(member) + " ORDER BY a.started_on DESC, a.id")
                .param("team", member.teamId()).param("worker", member.id());
    }

    private static String whose(StaffMember member) {
        return member.role().managesCases() ? "a.team_id = :team" : "a.worker_id = :worker";
    }

    private void end(Allocation previous, LocalDate on) {
        jdbc.sql("UPDATE allocation SET ended_on = :on WHERE id = :id")
                .param("on", on.isBefore(previous.startedOn()) ? previous.startedOn() : on)
                .param("id", previous.id()).update();
        events.publishEvent(new ChildRelationshipEnded("allocation:" + previous.id(), clock.instant()));
    }

    /** A worker a manager may allocate to, with the number of children allocated to them now. */
    public record Worker(StaffMember member, String teamName, int caseload) {
    }

    public record Allocation(UUID id, PersonId personId, UUID workerId, String workerName, UUID teamId, String teamName,
                             LocalDate startedOn) {
    }
}
