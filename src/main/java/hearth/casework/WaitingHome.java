package hearth.casework;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.timeliness.Clocks;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first list on a team manager's and the head of service's home: children with open work
 * and no worker, each opening the allocate page, the most overdue first.
 */
@Component
class WaitingHome implements HomeWork {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final WaitingForAllocation waiting;
    private final Clocks clocks;

    WaitingHome(WaitingForAllocation waiting, Clocks clocks) {
        this.waiting = waiting;
        this.clocks = clocks;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        if (staff.role() != Role.TEAM_MANAGER && staff.role() != Role.HEAD_OF_SERVICE) {
            return List.of();
        }
        boolean wholeService = staff.role() == Role.HEAD_OF_SERVICE;
        return List.of(new Section(5, wholeService ? "Children with open work and no worker" : "Waiting for allocation",
                "child", "children", wholeService
                        ? "Children in any team with open work and no worker will appear here, the most overdue first."
                        : "Children routed to your team from the front door will appear here until you allocate a worker.",
                waiting.forViewer(staff).stream().map(this::row).toList()));
    }

    private Row row(WaitingForAllocation.Child child) {
        String held = child.teamName() == null ? "No team holds this work" : child.teamName();
        return new Row(child.child().name(), "/children/" + child.child().id() + "/allocate",
                held + " · waiting since " + DAY.format(child.since()), child.due() == null ? null : child.due().dueAt(),
                child.state(clocks.now()));
    }
}
