package hearth.planning.web;

import hearth.access.CaseFilePages;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.planning.Baselines;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanContent;
import hearth.planning.PlanEnd;
import hearth.planning.PlanId;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.planning.ReviewConferences;
import hearth.platform.Choice;
import hearth.platform.ConcurrentEdit;
import hearth.platform.FormChecks;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's plans: what is due, meetings held, stepping down and ending. */
@Controller
class PlansController {

    private final Plans plans;
    private final CaseFilePages pages;
    private final Clocks clocks;
    private final List<Baselines> baselines;
    private final FormChecks checks;
    private final ReviewConferences reviews;

    PlansController(Plans plans, CaseFilePages pages, Clocks clocks, List<Baselines> baselines, FormChecks checks,
                    ReviewConferences reviews) {
        this.plans = plans;
        this.reviews = reviews;
        this.checks = checks;
        this.pages = pages;
        this.clocks = clocks;
        this.baselines = baselines;
    }

    @GetMapping("/children/{id}/plans")
    String show(@PathVariable PersonId id, @RequestParam(required = false) String meeting, HttpSession session,
                Model model) {
        StaffMember me = pages.open(id, "VIEW_PLANS", session);
        // A chair who opens the plans records the review they chaired: they are its chair unless they choose another.
        // A link to the meeting that is due (a chair's home) chooses its kind.
        MeetingKind due = Choice.of(MeetingKind.class, meeting);
        model.addAttribute("defaultChair", me.role() == Role.CHILD_PROTECTION_CHAIR ? me.id().toString() : null)
                .addAttribute("defaultMeetingKind", due == null ? null : due.name());
        return page(model, id, Map.of());
    }

    @PostMapping("/children/{id}/plans")
    String startChildInNeedPlan(@PathVariable PersonId id, @ModelAttribute("startPlan") PlanStartForm form,
                                HttpSession session, Model model) {
        return pages.submit(id, "START_PLAN", session, me -> {
            plans.startChildInNeedPlan(id, form.startedOn(), me);
            return "redirect:/children/" + id + "/plans";
        }, errors -> page(model, id, errors));
    }

    @PostMapping("/children/{id}/plans/{planId}/meetings")
    String meeting(@PathVariable PersonId id, @PathVariable PlanId planId, FormFields posted, HttpSession session,
                   Model model) {
        MeetingForm form = MeetingForm.from(posted);
        return pages.submit(id, "RECORD_PLAN_MEETING", session, me -> {
            planOf(id, planId);
            InvalidInput.Errors errors = new InvalidInput.Errors();
            MeetingRecord meeting = form.meeting(errors);
            try {
                UUID recorded = checks.checked(errors, () -> plans.recordMeeting(planId, form.planVersion(), meeting, me,
                        form.token()));
                return Saved.redirect("/children/" + id + "/plans", meeting.kind().label() + " recorded",
                        "meeting-" + recorded);
            } catch (ConcurrentEdit edit) {
                return page(model.addAttribute("meeting", form), id, Map.of("version", edit.getMessage()));
            }
        }, errors -> page(model.addAttribute("meeting", form), id, errors));
    }

    @GetMapping("/children/{id}/plans/{planId}/content")
    String contentForm(@PathVariable PersonId id, @PathVariable PlanId planId, HttpSession session, Model model) {
        pages.open(id, "VIEW_PLANS", session);
        Plans.Plan plan = planOf(id, planId);
        return contentPage(model, id, plan, Map.of(), PlanContentForm.of(plan, plans.outcomes(planId)));
    }

    @PostMapping("/children/{id}/plans/{planId}/content")
    String writeContent(@PathVariable PersonId id, @PathVariable PlanId planId, FormFields posted, HttpSession session,
                        Model model) {
        PlanContentForm form = PlanContentForm.from(posted);
        StaffMember me = pages.open(id, "WRITE_PLAN", session);
        Plans.Plan plan = planOf(id, planId);
        if (form.addingRow()) {
            return contentPage(model, id, plan, Map.of(), form.withAnotherRow());
        }
        try {
            LocalDate today = LocalDate.ofInstant(clocks.now(), WorkingCalendar.LONDON);
            InvalidInput.Errors errors = new InvalidInput.Errors();
            PlanContent content = form.content(errors);
            checks.together(errors, () -> plans.write(planId, form.planVersion(), content, today, me));
        } catch (InvalidInput invalid) {
            return contentPage(model, id, plan, invalid.errors(), form);
        } catch (ConcurrentEdit edit) {
            return contentPage(model, id, plan, Map.of("version", edit.getMessage()), form);
        }
        return "redirect:/children/" + id + "/plans#plan-" + plan.id();
    }

    @PostMapping("/children/{id}/plans/{planId}/ending")
    String end(@PathVariable PersonId id, @PathVariable PlanId planId, @ModelAttribute("ending") PlanEndingForm form,
               HttpSession session, Model model) {
        return pages.submit(id, "END_PLAN", session, me -> {
            planOf(id, planId);
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate endedOn = form.endedOn(errors);
            checks.together(errors, () -> plans.end(planId, form.planVersion(), endedOn, form.end(), me));
            return "redirect:/children/" + id + "/plans";
        }, errors -> page(model, id, errors));
    }

    private String contentPage(Model model, PersonId id, Plans.Plan plan, Map<String, String> errors,
                               PlanContentForm form) {
        model.addAttribute("personId", id).addAttribute("plan", plan).addAttribute("errors", errors)
                .addAttribute("form", form)
                .addAttribute("baselines", baselines.stream().flatMap(b -> b.forChild(id).stream()).toList());
        return "planning/plan-content";
    }

    /** A plan is changed only through its own child's record. */
    private Plans.Plan planOf(PersonId childId, PlanId planId) {
        return plans.of(childId).stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("plan", "This child has no such plan"));
    }

    /** The plans page; a refused form is in the model under its own name ({@code meeting}, {@code ending}...). */
    private String page(Model model, PersonId id, Map<String, String> errors) {
        List<Plans.Plan> all = plans.of(id);
        List<StaffMember> chairs = reviews.chairs();
        model.addAttribute("personId", id).addAttribute("plans", all)
                .addAttribute("meetings", plans.meetings(id))
                .addAttribute("outcomes", all.stream().filter(Plans.Plan::open)
                        .collect(java.util.stream.Collectors.toMap(Plans.Plan::id, p -> plans.outcomes(p.id()))))
                .addAttribute("progressOptions", Arrays.stream(MeetingRecord.Progress.values())
                        .map(p -> new Code(p.name(), p.label())).toList())
                .addAttribute("canStart", all.stream().noneMatch(Plans.Plan::open))
                .addAttribute("clocks", clocks.forPeople(List.of(id))).addAttribute("now", clocks.now())
                .addAttribute("errors", errors)
                .addAttribute("chairs", chairs.stream().map(c -> new Code(c.id().toString(), c.displayName())).toList())
                .addAttribute("chairNames", chairs.stream()
                        .collect(java.util.stream.Collectors.toMap(StaffMember::id, StaffMember::displayName)))
                .addAttribute("meetingKinds", Map.of(
                        PlanKind.CHILD_PROTECTION, codes(MeetingKind.CORE_GROUP, MeetingKind.REVIEW_CONFERENCE),
                        PlanKind.CHILD_IN_NEED, codes(MeetingKind.PLANNING_MEETING, MeetingKind.PLAN_REVIEW)))
                .addAttribute("ends", Map.of(PlanKind.CHILD_PROTECTION, ends(PlanKind.CHILD_PROTECTION),
                        PlanKind.CHILD_IN_NEED, ends(PlanKind.CHILD_IN_NEED)))
                .addAttribute("reviewDecisions", Map.of(
                        PlanKind.CHILD_PROTECTION, reviewDecisions(PlanKind.CHILD_PROTECTION),
                        PlanKind.CHILD_IN_NEED, reviewDecisions(PlanKind.CHILD_IN_NEED)));
        return "planning/plans";
    }

    private static List<Code> codes(MeetingKind... kinds) {
        return Arrays.stream(kinds).map(k -> new Code(k.name(), k.label())).toList();
    }

    private static List<Code> ends(PlanKind kind) {
        return Arrays.stream(PlanEnd.values()).filter(e -> e.choosableFor(kind)).map(e -> new Code(e.name(), e.label()))
                .toList();
    }

    private static List<Code> reviewDecisions(PlanKind kind) {
        return Stream.concat(Stream.of(new Code(MeetingForm.CONTINUES, "The plan continues")), ends(kind).stream()).toList();
    }
}
