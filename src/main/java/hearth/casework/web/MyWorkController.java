package hearth.casework.web;

import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.timeliness.Clocks;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A worker's "my work" (or a manager's team view): every step due for their children, most urgent first. */
@Controller
class MyWorkController {

    private final Allocations allocations;
    private final Clocks clocks;
    private final PersonIndex people;

    MyWorkController(Allocations allocations, Clocks clocks, PersonIndex people) {
        this.allocations = allocations;
        this.clocks = clocks;
        this.people = people;
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        StaffMember me = StaffMember.require();
        if (!me.role().searchesPeople()) {
            return "redirect:/no-access";
        }
        List<UUID> children = allocations.caseload(me).stream().map(Allocations.Allocation::personId).toList();
        var now = clocks.now();
        List<Clocks.Due> open = clocks.forPeople(children).stream().filter(d -> d.completedAt() == null)
                .sorted(Comparator.comparing(Clocks.Due::dueAt)).toList();
        Map<UUID, PersonSummary> names = people.summaries(children).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        model.addAttribute("due", open).addAttribute("names", names).addAttribute("now", now);
        return "casework/my-work";
    }
}
