package hearth.casework.web;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.Page;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page each user lands on: their caseload, or what their role is for. */
@Controller
class HomeController {

    private final Allocations allocations;
    private final PersonIndex people;
    private final Clock clock;

    HomeController(Allocations allocations, PersonIndex people, Clock clock) {
        this.allocations = allocations;
        this.people = people;
        this.clock = clock;
    }

    /** A page of a team's caseload a manager can read down without scrolling for long. */
    static final int CASELOAD_PAGE = 50;

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "1") int page, Model model) {
        StaffMember me = StaffMember.require();
        if (me.role() == Role.PARTNER_REFERRER || me.role() == Role.PERFORMANCE_OFFICER) {
            return "casework/home-" + (me.role() == Role.PARTNER_REFERRER ? "partner" : "performance");
        }
        Page<Allocations.Allocation> caseload = allocations.caseload(me, page, CASELOAD_PAGE);
        Map<PersonId, PersonSummary> children = people.summaries(caseload.items().stream()
                .map(Allocations.Allocation::personId).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        model.addAttribute("caseload", caseload).addAttribute("children", children)
                .addAttribute("today", LocalDate.now(clock));
        return "casework/home";
    }
}
