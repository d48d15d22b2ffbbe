package hearth.casework.web;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.casework.Allocations;
import hearth.people.Person;
import hearth.people.PersonRecordAccess;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
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
    private final Staff staff;
    private final Clock clock;

    AllocationController(PersonRecordAccess access, Allocations allocations, Staff staff, Clock clock) {
        this.access = access;
        this.allocations = allocations;
        this.staff = staff;
        this.clock = clock;
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
            StaffMember worker = staff.find(workerId).orElseThrow(() -> InvalidInput.of("workerId", "Select a worker"));
            allocations.allocate(id, worker.teamId(), workerId, LocalDate.now(clock), me);
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
        model.addAttribute("person", child).addAttribute("errors", errors)
                .addAttribute("workers", staff.members(me.teamId()).stream()
                        .filter(w -> w.role().searchesPeople()).toList());
        return "casework/allocate";
    }
}
