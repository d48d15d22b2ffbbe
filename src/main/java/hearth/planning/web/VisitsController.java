package hearth.planning.web;

import hearth.access.CaseFileAccess;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.planning.Visits;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Visits to a child: whether the child was seen, and seen alone, against the plan's visiting clock. */
@Controller
class VisitsController {

    private static final List<Code> YES_NO = List.of(new Code("yes", "Yes"), new Code("no", "No"));

    private final Visits visits;
    private final CaseFileAccess access;

    VisitsController(Visits visits, CaseFileAccess access) {
        this.visits = visits;
        this.access = access;
    }

    @GetMapping("/children/{id}/visits")
    String show(@PathVariable UUID id, HttpSession session, Model model) {
        access.open(StaffMember.require(), id, "VIEW_VISITS", StatedReasons.reasonFor(session, id));
        return page(model, id, Map.of(), Map.of());
    }

    @PostMapping("/children/{id}/visits")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, HttpSession session, Model model) {
        StaffMember me = StaffMember.require();
        access.open(me, id, "RECORD_VISIT", StatedReasons.reasonFor(session, id));
        try {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate visited = DateField.read(form, "visitedOn", errors);
            errors.throwIfAny();
            visits.record(id, visited, yesNo(form.get("childSeen")), yesNo(form.get("seenAlone")),
                    form.get("notSeenReason"), form.get("notes"), me);
        } catch (InvalidInput invalid) {
            return page(model, id, invalid.errors(), form);
        }
        return "redirect:/children/" + id + "/visits";
    }

    private String page(Model model, UUID id, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("personId", id).addAttribute("visits", visits.of(id)).addAttribute("yesNo", YES_NO)
                .addAttribute("errors", errors).addAttribute("form", form);
        return "planning/visits";
    }

    private static Boolean yesNo(String value) {
        return value == null ? null : switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
    }
}
