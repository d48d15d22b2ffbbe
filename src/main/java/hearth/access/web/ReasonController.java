package hearth.access.web;

import hearth.access.StatedReasons;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Out-of-hours workers and administrators state why they open a record before it opens. */
@Controller
class ReasonController {

    static final int MINIMUM_LENGTH = 10;

    @GetMapping("/children/{id}/reason")
    String form(@PathVariable PersonId id, Model model) {
        model.addAttribute("personId", id);
        return "access/reason";
    }

    @PostMapping("/children/{id}/reason")
    String state(@PathVariable PersonId id, @RequestParam(defaultValue = "") String reason, HttpSession session,
                 Model model) {
        if (reason.strip().length() < MINIMUM_LENGTH) {
            model.addAttribute("personId", id);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", "Enter why you need to open this record, in at least "
                    + MINIMUM_LENGTH + " characters");
            return "access/reason";
        }
        StatedReasons.state(session, id, reason.strip());
        return "redirect:/children/" + id;
    }
}
