package hearth.childprotection.web;

import hearth.access.CaseFilePages;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryId;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.StrategyDecision;
import hearth.childprotection.StrategyDiscussion;
import hearth.planning.Plans;
import hearth.platform.FormChecks;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A child's child protection pathway: strategy discussions, enquiries, conferences and their clocks. */
@Controller
class ChildProtectionController {

    private final ChildProtection childProtection;
    private final CaseFilePages pages;
    private final Clocks clocks;
    private final FormChecks checks;

    ChildProtectionController(ChildProtection childProtection, CaseFilePages pages, Clocks clocks, FormChecks checks) {
        this.checks = checks;
        this.childProtection = childProtection;
        this.pages = pages;
        this.clocks = clocks;
    }

    @GetMapping("/children/{id}/child-protection")
    String show(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_CHILD_PROTECTION", session);
        return page(model, id, Map.of());
    }

    @PostMapping("/children/{id}/strategy-discussions")
    String strategyDiscussion(@PathVariable PersonId id, FormFields posted, HttpSession session, Model model) {
        StrategyDiscussionForm form = StrategyDiscussionForm.from(posted);
        if (form.addingRow()) {
            pages.open(id, "VIEW_CHILD_PROTECTION", session);
            model.addAttribute("strategyForm", form.withAnotherRow()).addAttribute("strategyOpen", true);
            return page(model, id, Map.of());
        }
        return pages.submit(id, "RECORD_STRATEGY_DISCUSSION", session, me -> {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            StrategyDiscussion discussion = form.discussion(errors);
            UUID made = checks.checked(errors, () -> childProtection.recordStrategyDiscussion(id, discussion, me,
                    form.token()));
            return Saved.redirect("/children/" + id + "/child-protection", "Strategy discussion recorded",
                    "strategy-discussion-" + made);
        }, errors -> {
            model.addAttribute("strategyForm", form).addAttribute("strategyOpen", true);
            return page(model, id, errors);
        });
    }

    @PostMapping("/children/{id}/enquiries/{enquiryId}/conclusion")
    String conclude(@PathVariable PersonId id, @PathVariable EnquiryId enquiryId, EnquiryConclusionForm form,
                    HttpSession session, Model model) {
        return pages.submit(id, "CONCLUDE_SECTION_47", session, me -> {
            requireEnquiryOf(id, enquiryId);
            childProtection.concludeEnquiry(enquiryId, form.enquiryVersion(), form.endedOn(), form.outcome(), me);
            return "redirect:/children/" + id + "/child-protection";
        }, errors -> page(model, id, errors));
    }

    @PostMapping("/children/{id}/enquiries/{enquiryId}/conference")
    String conference(@PathVariable PersonId id, @PathVariable EnquiryId enquiryId, ConferenceForm form,
                      HttpSession session, Model model) {
        return pages.submit(id, "RECORD_CONFERENCE", session, me -> {
            requireEnquiryOf(id, enquiryId);
            childProtection.recordInitialConference(enquiryId, form.enquiryVersion(), form.conference(), me,
                    form.token());
            return "redirect:/children/" + id + "/child-protection";
        }, errors -> page(model, id, errors));
    }

    /** An enquiry is changed only through its own child's record. */
    private void requireEnquiryOf(PersonId childId, EnquiryId enquiryId) {
        if (childProtection.pathway(childId).enquiries().stream().noneMatch(e -> e.id().equals(enquiryId))) {
            throw InvalidInput.of("enquiry", "This child has no such section 47 enquiry");
        }
    }

    private String page(Model model, PersonId id, Map<String, String> errors) {
        if (!model.containsAttribute("strategyForm")) {
            model.addAttribute("strategyForm", StrategyDiscussionForm.NEW);
        }
        model.addAttribute("mostParticipants", StrategyDiscussionForm.MOST_PARTICIPANTS);
        List<Clocks.Due> due = clocks.forPeople(List.of(id));
        // A discussion that is due is what the worker came to record: its form is open.
        model.addAttribute("strategyDue", due.stream()
                .anyMatch(d -> d.kind() == ClockKind.STRATEGY_DISCUSSION && d.isOpen()));
        model.addAttribute("personId", id).addAttribute("pathway", childProtection.pathway(id))
                .addAttribute("clocks", due).addAttribute("now", clocks.now())
                .addAttribute("errors", errors)
                .addAttribute("agencies", ChildProtection.AGENCIES.stream()
                        .map(a -> new Code(a, a.charAt(0) + a.substring(1).toLowerCase().replace('_', ' '))).toList())
                .addAttribute("decisions", Arrays.stream(StrategyDecision.values())
                        .map(d -> new Code(d.name(), d.label())).toList())
                .addAttribute("outcomes", Arrays.stream(EnquiryOutcome.values())
                        .map(o -> new Code(o.name(), o.label())).toList())
                .addAttribute("chairs", childProtection.chairs().stream()
                        .map(c -> new Code(c.id().toString(), c.displayName())).toList())
                .addAttribute("categories", Plans.CATEGORIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new Code(e.getKey(), e.getValue())).toList());
        return "childprotection/pathway";
    }
}
