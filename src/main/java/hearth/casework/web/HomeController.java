package hearth.casework.web;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.CaseloadSteps;
import hearth.casework.HomeWork;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.Page;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import hearth.timeliness.Clocks;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page each user lands on: their morning's work. Caseholders and their managers see
 * their children, each with the next step due, the most urgent first; every role also sees
 * the lists the capabilities it works in contribute (a hub worker's contacts, a chair's
 * conferences, the night's out-of-hours calls).
 */
@Controller
class HomeController {

    /** The roles whose work is a caseload, so an empty one is worth saying. */
    private static final Set<Role> CASEHOLDERS = EnumSet.of(Role.SOCIAL_WORKER, Role.FAMILY_SUPPORT_WORKER,
            Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    private final CaseloadSteps caseloads;
    private final PersonIndex people;
    private final Clocks clocks;
    private final List<HomeWork> work;

    HomeController(CaseloadSteps caseloads, PersonIndex people, Clocks clocks, List<HomeWork> work) {
        this.caseloads = caseloads;
        this.people = people;
        this.clocks = clocks;
        this.work = work;
    }

    /** A page of a team's caseload a manager can read down without scrolling for long. */
    static final int CASELOAD_PAGE = 50;

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "1") int page, Model model) {
        StaffMember me = StaffMember.require();
        if (me.role() == Role.PARTNER_REFERRER || me.role() == Role.PERFORMANCE_OFFICER) {
            return "casework/home-" + (me.role() == Role.PARTNER_REFERRER ? "partner" : "performance");
        }
        Page<CaseloadSteps.Child> caseload = caseloads.caseload(me, page, CASELOAD_PAGE);
        Map<PersonId, PersonSummary> children = people.summaries(caseload.items().stream()
                        .map(c -> c.allocation().personId()).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        // Each child's next step opens the form where it is recorded: home, form, saved.
        Map<PersonId, String> stepForms = caseload.items().stream().filter(c -> c.next() != null)
                .collect(Collectors.toMap(c -> c.allocation().personId(), c -> StepForms.formOf(c.next())));
        model.addAttribute("caseload", caseload).addAttribute("children", children).addAttribute("stepForms", stepForms)
                .addAttribute("showCaseload", CASEHOLDERS.contains(me.role()) || caseload.total() > 0)
                .addAttribute("sections", work.stream().flatMap(w -> w.sectionsFor(me).stream())
                        .sorted(Comparator.comparingInt(HomeWork.Section::order)).toList())
                .addAttribute("now", clocks.now());
        return "casework/home";
    }
}
