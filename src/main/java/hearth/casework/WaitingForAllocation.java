package hearth.casework;

import hearth.access.RestrictionFilter;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Children with open work and no worker: held by a team waiting to allocate, or (for the head of
 * service) held by no team at all. A team manager sees their team's; the head of service sees
 * every team's. Restricted records that do not name the viewer are left out.
 */
@Service
public class WaitingForAllocation {

    private final JdbcClient jdbc;
    private final Staff staff;
    private final PersonIndex people;
    private final Clocks clocks;
    private final RestrictionFilter restrictions;

    WaitingForAllocation(JdbcClient jdbc, Staff staff, PersonIndex people, Clocks clocks,
                         RestrictionFilter restrictions) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.people = people;
        this.clocks = clocks;
        this.restrictions = restrictions;
    }

    /** Longest waiting first; a child whose clock is overdue comes before one still in time. */
    public List<Child> forViewer(StaffMember viewer) {
        if (!viewer.role().managesCases()) {
            return List.of();
        }
        boolean wholeService = viewer.role() == Role.HEAD_OF_SERVICE;
        List<Held> held = jdbc.sql("""
                SELECT a.person_id, a.team_id, a.started_on AS since FROM allocation a
                WHERE a.ended_on IS NULL AND a.worker_id IS NULL AND (:all OR a.team_id = :team)
                UNION ALL
                SELECT i.person_id, NULL::uuid, min(i.started_on) FROM involvement i
                WHERE :all AND i.ended_on IS NULL AND i.kind <> 'EARLY_HELP'
                  AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.person_id = i.person_id AND a.ended_on IS NULL)
                GROUP BY i.person_id""")
                .param("all", wholeService).param("team", viewer.teamId()).query(Held.class).list();
        List<Held> shown = restrictions.shown(viewer, "Waiting for allocation", held, Held::personId);
        return children(shown);
    }

    private List<Child> children(List<Held> held) {
        List<PersonId> ids = held.stream().map(Held::personId).toList();
        Map<PersonId, PersonSummary> names = people.summaries(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<PersonId, Clocks.Due> due = clocks.open(ids, Set.of(ClockKind.ALLOCATION)).stream()
                .collect(Collectors.toMap(Clocks.Due::personId, Function.identity(), (a, b) -> a));
        Map<UUID, String> teams = staff.teams().stream().collect(Collectors.toMap(Staff.Team::id, Staff.Team::name));
        return held.stream().filter(h -> names.containsKey(h.personId()))
                .map(h -> new Child(names.get(h.personId()), h.teamId(), teams.get(h.teamId()), h.since(),
                        due.get(h.personId())))
                .sorted(Comparator.comparing((Child c) -> c.due() == null ? null : c.due().dueAt(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Child::since))
                .toList();
    }

    private record Held(PersonId personId, UUID teamId, LocalDate since) {
    }

    /**
     * @param teamName null when no team holds the case
     * @param due the clock a worker is due to be allocated by; null when no team holds the case,
     *            which is overdue from the start: the work has nobody
     */
    public record Child(PersonSummary child, UUID teamId, String teamName, LocalDate since, Clocks.Due due) {

        public Clocks.State state(Instant now) {
            return due == null ? Clocks.State.OVERDUE : due.state(now);
        }
    }
}
