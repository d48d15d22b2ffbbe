package hearth.childprotection.web;

import hearth.access.StaffMember;
import hearth.childprotection.ChildProtection;
import hearth.timeliness.Clocks;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How often each statutory step was done on time over the last year, and how many
 * strategy discussions went ahead without police or health; no child is named.
 */
@Controller
class TimelinessFiguresController {

    private final Clocks clocks;
    private final ChildProtection childProtection;

    TimelinessFiguresController(Clocks clocks, ChildProtection childProtection) {
        this.clocks = clocks;
        this.childProtection = childProtection;
    }

    @GetMapping("/figures/timeliness")
    String figures(Model model) {
        if (!StaffMember.require().role().seesFigures()) {
            return "redirect:/no-access";
        }
        Instant since = clocks.now().minus(Duration.ofDays(365));
        model.addAttribute("steps", clocks.timeliness(since))
                .addAttribute("discussions", childProtection.discussionFigures(since));
        return "childprotection/timeliness";
    }
}
