package hearth.planning.web;

import hearth.access.CaseFilePages;
import hearth.access.StaffMember;
import hearth.planning.VisitDetails;
import hearth.planning.Visits;
import hearth.platform.FormChecks;
import hearth.platform.FormDrafts;
import hearth.platform.FormFields;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.KeptForms;
import hearth.platform.Labelled;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Visits and direct work on one screen. What is typed is kept as a draft (every 30 seconds
 * with JavaScript, or with the "save draft" button) and offered back when the page opens.
 */
@Controller
class VisitsController {

    private static final List<Code> YES_NO = List.of(new Code("yes", "Yes"), new Code("no", "No"));
    private static final List<Code> TYPES = codes(VisitDetails.Type.values());
    private static final List<Code> PLACES = codes(VisitDetails.Place.values());

    private final Visits visits;
    private final CaseFilePages pages;
    private final FormDrafts drafts;
    private final FormChecks checks;

    VisitsController(Visits visits, CaseFilePages pages, FormDrafts drafts, FormChecks checks) {
        this.checks = checks;
        this.visits = visits;
        this.pages = pages;
        this.drafts = drafts;
    }

    @GetMapping("/children/{id}/visits")
    String show(@PathVariable PersonId id, HttpSession session, Model model) {
        StaffMember me = pages.open(id, "VIEW_VISITS", session);
        var kept = KeptForms.take(session, "/children/" + id + "/visits");
        if (kept.isPresent()) {
            model.addAttribute("notice", "We kept what you typed when your session ended. Check it, then record the visit.");
            return page(model, id, Map.of(), FormFields.bind(VisitForm.class, kept.get()));
        }
        var draft = drafts.find(me.id(), key(id));
        draft.ifPresent(d -> model.addAttribute("notice", "Your draft from "
                + d.savedLocal().format(java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm")) + " is below."));
        return page(model, id, Map.of(), draft.map(d -> FormFields.bind(VisitForm.class, d.fields()))
                .orElse(VisitForm.EMPTY));
    }

    @PostMapping("/children/{id}/visits")
    String record(@PathVariable PersonId id, @ModelAttribute("visitForm") VisitForm form, HttpSession session, Model model) {
        return pages.submit(id, "RECORD_VISIT", session, me -> {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            VisitDetails details = form.details(errors);
            UUID visit = checks.checked(errors, () -> visits.record(id, details, me, FormToken.read(form.formToken())));
            drafts.discard(me.id(), key(id));
            return Saved.redirect("/children/" + id + "/visits", "Visit recorded", "visit-" + visit);
        }, errors -> page(model, id, errors, form));
    }

    /**
     * Autosave (JavaScript, answered with 204) and the "save draft" button (redirects back to the
     * page). The draft keeps the visit form's fields as typed, unchecked, and no other names.
     */
    @PostMapping("/children/{id}/visits/draft")
    Object saveDraft(@PathVariable PersonId id, @ModelAttribute VisitForm form, HttpSession session,
                     @RequestHeader(name = "X-Autosave", required = false) String autosave) {
        StaffMember me = pages.open(id, "SAVE_VISIT_DRAFT", session);
        drafts.save(me.id(), key(id), FormFields.text(form));
        return autosave != null ? ResponseEntity.noContent().build() : "redirect:/children/" + id + "/visits";
    }

    private String page(Model model, PersonId id, Map<String, String> errors, VisitForm form) {
        model.addAttribute("personId", id).addAttribute("visits", visits.of(id)).addAttribute("yesNo", YES_NO)
                .addAttribute("visitTypes", TYPES).addAttribute("places", PLACES)
                .addAttribute("errors", errors).addAttribute("form", form);
        return "planning/visits";
    }

    private static List<Code> codes(Labelled... values) {
        return Arrays.stream(values).map(v -> new Code(v.name(), v.label())).toList();
    }

    private static String key(PersonId childId) {
        return "visit:" + childId;
    }
}
