package hearth.casework.web;

import hearth.access.AccessDenied;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.casework.Allocations;
import hearth.casework.WaitingForAllocation;
import hearth.people.Person;
import hearth.people.PersonRecordAccess;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Managers allocate a child's case to a team and worker. */
@Controller
class AllocationController {

    private final PersonRecordAccess access;
    private final Allocations allocations;
    private final WaitingForAllocation waiting;
    private final Clock clock;

    AllocationController(PersonRecordAccess access, Allocations allocations, WaitingForAllocation waiting, Clock clock) {
        this.access = access;
        this.allocations = allocations;
        this.waiting = waiting;
        this.clock = clock;
    }

    /** A team manager's children waiting for a worker; the head of service's across every team. */
    @GetMapping("/allocation/waiting")
    String waiting(Model model) {
        StaffMember me = StaffMember.require();
        if (!me.role().managesCases()) {
            throw new AccessDenied(null, false);
        }
        model.addAttribute("waiting", waiting.forViewer(me)).addAttribute("now", clock.instant())
                .addAttribute("wholeService", me.role() == Role.HEAD_OF_SERVICE);
        return "casework/waiting";
    }

    @GetMapping("/children/{id}/allocate")
    String form(@PathVariable PersonId id, HttpSession session, Model model) {
        Person child = openAsManager(id, "VIEW_CASE_FILE", session);
        return page(model, child, Map.of());
    }

    @PostMapping("/children/{id}/allocate")
    String allocate(@PathVariable PersonId id, @RequestParam(required = false) UUID workerId, HttpSession session,
                    Model model) {
        StaffMember me = StaffMember.require();
        Person child = openAsManager(id, "ALLOCATE", session);
        if (workerId == null) {
            return page(model, child, Map.of("workerId", "Select the worker to allocate"));
        }
        try {
            allocations.allocateWorker(id, workerId, me);
            return "redirect:/children/" + id;
        } catch (InvalidInput invalid) {
            return page(model, child, invalid.errors());
        }
    }

    private Person openAsManager(PersonId id, String action, HttpSession session) {
        StaffMember me = StaffMember.require();
        if (!me.role().managesCases()) {
            throw new hearth.access.AccessDenied(id, false);
        }
        return access.open(me, id, action, StatedReasons.reasonFor(session, id));
    }

    private String page(Model model, Person child, Map<String, String> errors) {
        StaffMember me = StaffMember.require();
        List<Allocations.Worker> workers = allocations.workersFor(me);
        model.addAttribute("person", child).addAttribute("errors", errors)
                .addAttribute("held", allocations.current(child.id()).orElse(null))
                .addAttribute("workers", workers)
                .addAttribute("teams", workers.stream().map(Allocations.Worker::teamName).distinct().toList());
        return "casework/allocate";
    }
}
