package hearth.casework.web;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseTransfers;
import hearth.casework.DueForStaff;
import hearth.casework.TransferId;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.Clocks;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A worker's "my work", or a manager's team view: every step due for their children, most
 * urgent first, the steps due in their other work (a hub worker's contacts to decide), and
 * for managers the transfers waiting for their team.
 */
@Controller
class MyWorkController {

    private final Allocations allocations;
    private final CaseTransfers transfers;
    private final Clocks clocks;
    private final PersonIndex people;
    private final Staff staff;
    private final List<DueForStaff> dueElsewhere;

    MyWorkController(Allocations allocations, CaseTransfers transfers, Clocks clocks, PersonIndex people, Staff staff,
                     List<DueForStaff> dueElsewhere) {
        this.allocations = allocations;
        this.transfers = transfers;
        this.clocks = clocks;
        this.people = people;
        this.staff = staff;
        this.dueElsewhere = dueElsewhere;
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/transfers/{id}/acceptance")
    String accept(@PathVariable TransferId id, @RequestParam(required = false) UUID workerId,
                  @RequestParam(defaultValue = "-1") int version, Model model) {
        if (!StaffMember.require().role().managesCases()) {
            return "redirect:/no-access";
        }
        try {
            transfers.accept(id, version, workerId, StaffMember.require());
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors());
        }
        return "redirect:/my-work";
    }

    @PostMapping("/transfers/{id}/decline")
    String decline(@PathVariable TransferId id, @RequestParam(required = false) String declineReason,
                   @RequestParam(defaultValue = "-1") int version, Model model) {
        if (!StaffMember.require().role().managesCases()) {
            return "redirect:/no-access";
        }
        try {
            transfers.decline(id, version, declineReason, StaffMember.require());
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors());
        }
        return "redirect:/my-work";
    }

    private String page(Model model, Map<String, String> errors) {
        StaffMember me = StaffMember.require();
        if (!me.role().searchesPeople()) {
            return "redirect:/no-access";
        }
        List<Allocations.Allocation> caseload = allocations.caseload(me);
        List<PersonId> children = caseload.stream().map(Allocations.Allocation::personId).toList();
        List<CaseTransfers.Transfer> waiting = me.role().managesCases() ? transfers.waitingFor(me) : List.of();
        List<Clocks.Due> open = clocks.forPeople(children).stream().filter(Clocks.Due::isOpen)
                .sorted(Comparator.comparing(Clocks.Due::dueAt)).toList();
        Map<PersonId, PersonSummary> names = people.summaries(Stream.concat(children.stream(),
                        waiting.stream().map(CaseTransfers.Transfer::personId)).distinct().toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<PersonId, String> workers = caseload.stream().filter(a -> a.workerName() != null)
                .collect(Collectors.toMap(Allocations.Allocation::personId, Allocations.Allocation::workerName));
        List<DueForStaff.Item> otherWork = dueElsewhere.stream().flatMap(source -> source.dueFor(me).stream())
                .sorted(Comparator.comparing(item -> item.due().dueAt())).toList();
        model.addAttribute("due", open).addAttribute("otherWork", otherWork)
                .addAttribute("names", names).addAttribute("now", clocks.now())
                .addAttribute("workers", workers).addAttribute("transfers", waiting).addAttribute("errors", errors)
                .addAttribute("teamMembers", waiting.isEmpty() ? List.of() : staff.members(me.teamId()).stream()
                        .filter(w -> w.role().searchesPeople()).toList());
        return "casework/my-work";
    }
}
