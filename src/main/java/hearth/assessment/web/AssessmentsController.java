package hearth.assessment.web;

import hearth.access.AccessDenied;
import hearth.access.CaseFilePages;
import hearth.access.StaffMember;
import hearth.assessment.Assessment;
import hearth.assessment.AssessmentId;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.Assessments;
import hearth.platform.ConcurrentEdit;
import hearth.platform.FormChecks;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import hearth.reference.CodeLists;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A child's assessments: started, drafted, submitted, and authorised or returned by a manager. */
@Controller
class AssessmentsController {

    private final Assessments assessments;
    private final FamilyHistory history;
    private final FormChecks checks;
    private final CaseFilePages pages;
    private final Clocks clocks;
    private final CodeLists codes;

    AssessmentsController(Assessments assessments, FamilyHistory history, CaseFilePages pages, Clocks clocks,
                          CodeLists codes, FormChecks checks) {
        this.assessments = assessments;
        this.history = history;
        this.checks = checks;
        this.pages = pages;
        this.clocks = clocks;
        this.codes = codes;
    }

    @GetMapping("/children/{id}/assessments")
    String list(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_ASSESSMENTS", session);
        return listPage(model, id, Map.of(), new AssessmentStartForm(null, null, null));
    }

    @PostMapping("/children/{id}/assessments")
    String start(@PathVariable PersonId id, @ModelAttribute("startForm") AssessmentStartForm form, HttpSession session,
                 Model model) {
        return pages.submit(id, "START_ASSESSMENT", session,
                me -> "redirect:/children/" + id + "/assessments/" + assessments.startFromRecord(id, form.referredOn(), me),
                errors -> listPage(model, id, errors, form));
    }

    @GetMapping("/children/{id}/assessments/{assessmentId}")
    String show(@PathVariable PersonId id, @PathVariable AssessmentId assessmentId, HttpSession session, Model model) {
        StaffMember me = pages.open(id, "VIEW_ASSESSMENT", session);
        Assessment assessment = assessmentOf(id, assessmentId);
        return page(model, me, assessment, Map.of(), AssessmentForm.of(assessment));
    }

    /**
     * Saves the draft, and with {@code action=submit} sends it for authorisation; a refused
     * submission keeps the draft. A date that is not a real one is shown with every other
     * message, the submission's too, and then nothing is saved.
     */
    @PostMapping("/children/{id}/assessments/{assessmentId}")
    String save(@PathVariable PersonId id, @PathVariable AssessmentId assessmentId, @ModelAttribute("form") AssessmentForm form,
                HttpSession session, Model model) {
        StaffMember me = pages.open(id, "EDIT_ASSESSMENT", session);
        Assessment assessment = assessmentOf(id, assessmentId);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Assessment.Content content = form.content(errors);
        boolean[] saved = {false};
        try {
            checks.together(errors, () -> {
                assessments.save(assessmentId, form.assessmentVersion(), content, me);
                saved[0] = errors.isEmpty();
                if (form.submitting()) {
                    assessments.submit(assessmentId, form.assessmentVersion() + 1, me);
                }
            });
        } catch (InvalidInput invalid) {
            return saved[0] ? page(model, me, assessmentOf(id, assessmentId), invalid.errors(),
                    form.at(form.assessmentVersion() + 1)) : page(model, me, assessment, invalid.errors(), form);
        } catch (ConcurrentEdit edit) {
            return page(model, me, assessment, Map.of("version", edit.getMessage()), form);
        }
        return Saved.redirect("/children/" + id + "/assessments/" + assessmentId, form.submitting()
                ? "Assessment submitted for a manager to authorise" : "Assessment draft saved", null);
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/authorisation")
    String authorise(@PathVariable PersonId id, @PathVariable AssessmentId assessmentId, ManagerDecisionForm form,
                     HttpSession session, Model model) {
        StaffMember me = manager(id, "AUTHORISE_ASSESSMENT", session);
        Assessment assessment = assessmentOf(id, assessmentId);
        try {
            assessments.authorise(assessmentId, form.assessmentVersion(), me);
        } catch (InvalidInput invalid) {
            return page(model, me, assessment, invalid.errors(), AssessmentForm.of(assessment));
        }
        return Saved.redirect("/children/" + id + "/assessments/" + assessmentId, "Assessment authorised", null);
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/return")
    String returnToWorker(@PathVariable PersonId id, @PathVariable AssessmentId assessmentId, ManagerDecisionForm form,
                          HttpSession session, Model model) {
        StaffMember me = manager(id, "RETURN_ASSESSMENT", session);
        Assessment assessment = assessmentOf(id, assessmentId);
        try {
            assessments.returnToWorker(assessmentId, form.assessmentVersion(), form.returnReason(), me);
        } catch (InvalidInput invalid) {
            return page(model, me, assessment, invalid.errors(), AssessmentForm.of(assessment));
        }
        return Saved.redirect("/children/" + id + "/assessments/" + assessmentId, "Assessment returned to the worker",
                null);
    }

    /** Authorising is for a manager who may open the child's record. */
    private StaffMember manager(PersonId id, String action, HttpSession session) {
        if (!StaffMember.require().role().managesCases()) {
            throw new AccessDenied(id, false);
        }
        return pages.open(id, action, session);
    }

    /** An assessment is read and changed only through its own child's record. */
    private Assessment assessmentOf(PersonId childId, AssessmentId assessmentId) {
        return assessments.find(assessmentId).filter(a -> a.personId().equals(childId))
                .orElseThrow(() -> InvalidInput.of("assessment", "This child has no such assessment"));
    }

    private String listPage(Model model, PersonId id, Map<String, String> errors, AssessmentStartForm form) {
        model.addAttribute("personId", id).addAttribute("assessments", assessments.of(id))
                .addAttribute("errors", errors).addAttribute("form", form);
        return "assessment/assessments";
    }

    private String page(Model model, StaffMember me, Assessment assessment, Map<String, String> errors,
                        AssessmentForm form) {
        PersonId child = assessment.personId();
        model.addAttribute("personId", child).addAttribute("assessment", assessment)
                .addAttribute("errors", errors).addAttribute("form", form)
                .addAttribute("due", clocks.dueAt(ClockKind.CHILD_AND_FAMILY_ASSESSMENT,
                        hearth.timeliness.ClockSubject.assessment(assessment.id())).orElse(null))
                .addAttribute("history", history.of(child))
                .addAttribute("factorCodes", codes.list(Assessments.FACTORS))
                .addAttribute("yesNo", List.of(new Code("true", "Yes"), new Code("false", "No")))
                .addAttribute("outcomes", Arrays.stream(AssessmentOutcome.values())
                        .map(o -> new Code(o.name(), o.label())).toList())
                .addAttribute("canAuthorise", me.role().managesCases()
                        && assessment.status() == Assessment.Status.SUBMITTED);
        return "assessment/assessment";
    }
}
