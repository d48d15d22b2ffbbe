package hearth.oversight.web;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.oversight.Supervisions;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.PersonId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A worker's supervision record across their cases; their manager sees their team's. */
@Controller
class WorkerSupervisionController {

    private final Supervisions supervisions;
    private final Staff staff;
    private final PersonIndex people;

    WorkerSupervisionController(Supervisions supervisions, Staff staff, PersonIndex people) {
        this.supervisions = supervisions;
        this.staff = staff;
        this.people = people;
    }

    @GetMapping("/supervision")
    String record(@RequestParam(required = false) UUID worker, Model model) {
        StaffMember me = StaffMember.require();
        StaffMember whose = worker == null ? me : staff.find(worker)
                .filter(w -> me.role().managesCases() && w.teamId() != null && w.teamId().equals(me.teamId()))
                .orElse(null);
        if (whose == null || !me.role().searchesPeople()) {
            return "redirect:/no-access";
        }
        List<Supervisions.WorkerSupervision> record = supervisions.ofWorker(whose.id(), me);
        Map<PersonId, PersonSummary> names = people.summaries(record.stream().map(Supervisions.WorkerSupervision::personId)
                .distinct().toList()).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        model.addAttribute("whose", whose).addAttribute("record", record).addAttribute("names", names)
                .addAttribute("team", me.role().managesCases() ? staff.members(me.teamId()) : List.of());
        return "oversight/worker-supervision";
    }
}
