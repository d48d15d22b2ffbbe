package hearth.casework.web;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseTransfers;
import hearth.casework.DueForStaff;
import hearth.casework.TransferId;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.Choice;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Page;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.util.EnumSet;
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
    String myWork(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") int page,
                  Model model) {
        return page(model, Map.of(), Choice.of(ClockKind.class, kind), page);
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
            return page(model, invalid.errors(), null, 1);
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
            return page(model, invalid.errors(), null, 1);
        }
        return "redirect:/my-work";
    }

    private String page(Model model, Map<String, String> errors, ClockKind kind, int page) {
        StaffMember me = StaffMember.require();
        if (!me.role().searchesPeople()) {
            return "redirect:/no-access";
        }
        List<CaseTransfers.Transfer> waiting = me.role().managesCases() ? transfers.waitingFor(me) : List.of();
        List<MyWorkSteps.Step> steps = steps(me);
        Page<MyWorkSteps.Step> shown = MyWorkSteps.page(steps, kind, page);
        Map<PersonId, PersonSummary> names = people.summaries(waiting.stream().map(CaseTransfers.Transfer::personId)
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        model.addAttribute("steps", shown).addAttribute("kind", kind)
                .addAttribute("pagePath", kind == null ? "/my-work" : "/my-work?kind=" + kind.name()).addAttribute("groups", MyWorkSteps.grouped(shown, clocks.now()))
                .addAttribute("kinds", MyWorkSteps.kinds(steps)).addAttribute("now", clocks.now())
                .addAttribute("names", names).addAttribute("transfers", waiting).addAttribute("errors", errors)
                .addAttribute("teamMembers", waiting.isEmpty() ? List.of() : staff.members(me.teamId()).stream()
                        .filter(w -> w.role().searchesPeople()).toList());
        return "casework/my-work";
    }

    /** Every open step of the caseload, each opening its own form, and the steps due in other work. */
    private List<MyWorkSteps.Step> steps(StaffMember me) {
        List<Allocations.Allocation> caseload = allocations.caseload(me);
        Map<PersonId, PersonSummary> children = people.summaries(caseload.stream()
                        .map(Allocations.Allocation::personId).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<PersonId, String> workers = caseload.stream().filter(a -> a.workerName() != null)
                .collect(Collectors.toMap(Allocations.Allocation::personId, Allocations.Allocation::workerName));
        boolean team = me.role().managesCases();
        Stream<MyWorkSteps.Step> ofChildren = clocks.open(children.keySet(), EnumSet.allOf(ClockKind.class)).stream()
                .map(due -> new MyWorkSteps.Step(children.containsKey(due.personId())
                        ? children.get(due.personId()).name() : "Child", StepForms.formOf(due), due,
                        team ? workers.getOrDefault(due.personId(), "Not allocated") : null));
        Stream<MyWorkSteps.Step> elsewhere = dueElsewhere.stream().flatMap(source -> source.dueFor(me).stream())
                .map(item -> new MyWorkSteps.Step(item.subject(), item.href(), item.due(), null));
        return Stream.concat(ofChildren, elsewhere).toList();
    }
}
