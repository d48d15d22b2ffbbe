package hearth.oversight.web;

import hearth.access.CaseFilePages;
import hearth.casework.Allocations;
import hearth.oversight.Oversight;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.platform.FormChecks;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import hearth.platform.KeptForms;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Supervision of a case and a manager's oversight of it: reflection, decisions and actions. */
@Controller
class SupervisionController {

    private static final List<Code> YES_NO = List.of(new Code("yes", "Done"), new Code("no", "Not done"));

    private final Supervisions supervisions;
    private final Oversight oversight;
    private final Allocations allocations;
    private final CaseFilePages pages;
    private final FormChecks checks;

    SupervisionController(Supervisions supervisions, Oversight oversight, Allocations allocations,
                          CaseFilePages pages, FormChecks checks) {
        this.checks = checks;
        this.supervisions = supervisions;
        this.oversight = oversight;
        this.allocations = allocations;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/supervision")
    String supervision(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_SUPERVISION", session);
        SupervisionForm kept = SupervisionForm.from(FormFields.of(kept(session, id, "supervision")));
        return supervisionPage(model, id, Map.of(), kept);
    }

    @PostMapping("/children/{id}/supervision")
    String recordSupervision(@PathVariable PersonId id, FormFields posted, HttpSession session, Model model) {
        SupervisionForm form = SupervisionForm.from(posted);
        if (form.addingRow()) {
            pages.open(id, "VIEW_SUPERVISION", session);
            return supervisionPage(model, id, Map.of(), form.withAnotherRow());
        }
        return pages.submit(id, "RECORD_SUPERVISION", session, me -> {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            SupervisionRecord record = form.record(
                    allocations.current(id).map(Allocations.Allocation::workerId).orElse(null), errors);
            UUID supervision = checks.checked(errors, () -> supervisions.record(id, record, me, form.token()));
            return Saved.redirect("/children/" + id + "/supervision", "Supervision recorded",
                    "supervision-" + supervision);
        }, errors -> supervisionPage(model, id, errors, form));
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
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate recordedOn = form.recordedOn(errors);
            checks.together(errors, () -> oversight.record(id, recordedOn, form.direction(), me));
            return "redirect:/children/" + id + "/oversight";
        }, errors -> oversightPage(model, id, errors, form));
    }

    private static Map<String, String> kept(HttpSession session, PersonId id, String page) {
        return KeptForms.take(session, "/children/" + id + "/" + page).orElse(Map.of());
    }

    private String supervisionPage(Model model, PersonId id, Map<String, String> errors, SupervisionForm form) {
        model.addAttribute("personId", id).addAttribute("supervisions", supervisions.of(id))
                .addAttribute("openActions", supervisions.openActions(id)).addAttribute("doneOptions", YES_NO)
                .addAttribute("mostRows", SupervisionForm.MOST_ROWS).addAttribute("errors", errors)
                .addAttribute("form", form)
                .addAttribute("worker", allocations.current(id).map(Allocations.Allocation::workerName).orElse(null));
        return "oversight/supervision";
    }

    private String oversightPage(Model model, PersonId id, Map<String, String> errors, OversightForm form) {
        model.addAttribute("personId", id).addAttribute("directions", oversight.of(id)).addAttribute("errors", errors)
                .addAttribute("form", form);
        return "oversight/oversight";
    }
}
