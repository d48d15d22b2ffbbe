package hearth.oversight.web;

import hearth.access.CaseFilePages;
import hearth.casework.Allocations;
import hearth.oversight.Oversight;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.KeptForms;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Supervision of a case and a manager's oversight of it: reflection, decisions and actions. */
@Controller
class SupervisionController {

    static final int ACTION_ROWS = 3;
    private static final List<Code> YES_NO = List.of(new Code("yes", "Done"), new Code("no", "Not done"));

    private final Supervisions supervisions;
    private final Oversight oversight;
    private final Allocations allocations;
    private final CaseFilePages pages;

    SupervisionController(Supervisions supervisions, Oversight oversight, Allocations allocations,
                          CaseFilePages pages) {
        this.supervisions = supervisions;
        this.oversight = oversight;
        this.allocations = allocations;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/supervision")
    String supervision(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_SUPERVISION", session);
        return supervisionPage(model, id, Map.of(), kept(session, id, "supervision"));
    }

    @PostMapping("/children/{id}/supervision")
    String recordSupervision(@PathVariable PersonId id, @RequestParam Map<String, String> form, HttpSession session,
                             Model model) {
        return pages.submit(id, "RECORD_SUPERVISION", session, me -> {
            UUID supervision = supervisions.record(id, record(id, form), me, FormToken.read(form.get("formToken")));
            return Saved.redirect("/children/" + id + "/supervision", "Supervision recorded",
                    "supervision-" + supervision);
        }, errors -> supervisionPage(model, id, errors, form));
    }

    /** The supervision as posted, with every date that is not a real one refused at once. */
    private SupervisionRecord record(PersonId id, Map<String, String> form) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        LocalDate held = DateField.read(form, "heldOn", errors);
        List<SupervisionRecord.NewAction> actions = new ArrayList<>();
        for (int n = 1; n <= ACTION_ROWS; n++) {
            LocalDate due = DateField.read(form, "action" + n + "Due", errors);
            String action = form.get("action" + n);
            if (action != null && !action.isBlank()) {
                actions.add(new SupervisionRecord.NewAction(action, form.get("action" + n + "Owner"), due));
            }
        }
        errors.throwIfAny();
        return new SupervisionRecord(allocations.current(id).map(Allocations.Allocation::workerId).orElse(null), held,
                form.get("workingWell"), form.get("worries"), form.get("childWouldSay"), form.get("decisions"), actions,
                checks(id, form));
    }

    @GetMapping("/children/{id}/oversight")
    String oversight(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_OVERSIGHT", session);
        return oversightPage(model, id, Map.of(), FormFields.bind(OversightForm.class, kept(session, id, "oversight")));
    }

    @PostMapping("/children/{id}/oversight")
    String recordOversight(@PathVariable PersonId id, @ModelAttribute("directionForm") OversightForm form, HttpSession session,
                           Model model) {
        return pages.submit(id, "RECORD_OVERSIGHT", session, me -> {
            oversight.record(id, form.recordedOn(), form.direction(), me);
            return "redirect:/children/" + id + "/oversight";
        }, errors -> oversightPage(model, id, errors, form));
    }

    private Map<UUID, SupervisionRecord.ActionCheck> checks(PersonId childId, Map<String, String> form) {
        Map<UUID, SupervisionRecord.ActionCheck> checks = new LinkedHashMap<>();
        for (Supervisions.Action action : supervisions.openActions(childId)) {
            String answer = form.get("check-" + action.id());
            if ("yes".equals(answer) || "no".equals(answer)) {
                checks.put(action.id(), new SupervisionRecord.ActionCheck("yes".equals(answer),
                        form.get("checkNote-" + action.id())));
            }
        }
        return checks;
    }

    private static Map<String, String> kept(HttpSession session, PersonId id, String page) {
        return KeptForms.take(session, "/children/" + id + "/" + page).orElse(Map.of());
    }

    private String supervisionPage(Model model, PersonId id, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("personId", id).addAttribute("supervisions", supervisions.of(id))
                .addAttribute("openActions", supervisions.openActions(id)).addAttribute("doneOptions", YES_NO)
                .addAttribute("actionRows", ACTION_ROWS).addAttribute("errors", errors).addAttribute("form", form)
                .addAttribute("worker", allocations.current(id).map(Allocations.Allocation::workerName).orElse(null));
        return "oversight/supervision";
    }

    private String oversightPage(Model model, PersonId id, Map<String, String> errors, OversightForm form) {
        model.addAttribute("personId", id).addAttribute("directions", oversight.of(id)).addAttribute("errors", errors)
                .addAttribute("form", form);
        return "oversight/oversight";
    }
}
