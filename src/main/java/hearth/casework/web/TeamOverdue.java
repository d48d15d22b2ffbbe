package hearth.casework.web;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseloadFigures;
import hearth.casework.HomeWork;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.PersonId;
import hearth.timeliness.Clocks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Late work for those who manage it: a team manager sees every overdue step in their team,
 * each opening its form; a head of service sees how many steps are overdue in each team,
 * as figures without names.
 */
@Component
class TeamOverdue implements HomeWork {

    private final Allocations allocations;
    private final CaseloadFigures figures;
    private final Clocks clocks;
    private final PersonIndex people;

    TeamOverdue(Allocations allocations, CaseloadFigures figures, Clocks clocks, PersonIndex people) {
        this.allocations = allocations;
        this.figures = figures;
        this.clocks = clocks;
        this.people = people;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        if (staff.role() == Role.TEAM_MANAGER) {
            return List.of(acrossTheTeam(staff));
        }
        if (staff.role() == Role.HEAD_OF_SERVICE) {
            return List.of(byTeam());
        }
        return List.of();
    }

    /** The team's caseload is read through the restriction filter, so a restricted child's steps are not here. */
    private Section acrossTheTeam(StaffMember manager) {
        Map<PersonId, Allocations.Allocation> held = allocations.caseload(manager).stream()
                .collect(Collectors.toMap(Allocations.Allocation::personId, Function.identity()));
        List<Clocks.Due> overdue = clocks.overdue().stream().filter(due -> held.containsKey(due.personId())).toList();
        Map<PersonId, PersonSummary> names = people.summaries(overdue.stream().map(Clocks.Due::personId).distinct()
                .toList()).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return new Section(20, "Overdue across your team", "overdue step", "overdue steps",
                "Steps past their due time on any child in your team will appear here, the longest overdue first.",
                overdue.stream().map(due -> new Row(names.containsKey(due.personId())
                        ? names.get(due.personId()).name() : "Child", StepForms.formOf(due), due.kind().label()
                        + " · " + worker(held.get(due.personId())), due.dueAt(), due.state(clocks.now()))).toList());
    }

    private static String worker(Allocations.Allocation allocation) {
        return allocation.workerName() == null ? "Not allocated to a worker" : allocation.workerName();
    }

    /** Counts only, never names, so no restricted child is identified. */
    private Section byTeam() {
        Map<PersonId, String> teams = new HashMap<>();
        Map<String, Integer> children = new TreeMap<>();
        figures.heldByTeam().forEach(held -> {
            teams.put(held.personId(), held.team());
            children.merge(held.team(), 1, Integer::sum);
        });
        Map<String, Integer> steps = new TreeMap<>();
        Map<String, Set<PersonId>> late = new TreeMap<>();
        clocks.overdue().stream().filter(due -> teams.containsKey(due.personId())).forEach(due -> {
            steps.merge(teams.get(due.personId()), 1, Integer::sum);
            late.computeIfAbsent(teams.get(due.personId()), t -> new HashSet<>()).add(due.personId());
        });
        return new Section(20, "Overdue steps by team", "team", "teams",
                "Teams with steps past their due time will appear here, with how many.",
                steps.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> new Row(e.getKey(), "/figures", plural(e.getValue(), "overdue step", "overdue steps")
                                + " across " + plural(late.get(e.getKey()).size(), "child", "children") + ", of "
                                + plural(children.get(e.getKey()), "open case", "open cases"), null, null))
                        .toList());
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
