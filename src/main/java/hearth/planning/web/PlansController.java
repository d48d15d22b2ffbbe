package hearth.planning.web;

import hearth.access.CaseFilePages;
import hearth.access.StaffMember;
import hearth.planning.Baselines;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanEnd;
import hearth.planning.PlanId;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.ConcurrentEdit;
import hearth.platform.DateField;
import hearth.platform.FormToken;
import hearth.platform.FormVersion;
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

    static final String CONTINUES = "CONTINUES";

    private final Plans plans;
    private final CaseFilePages pages;
    private final Clocks clocks;
    private final List<Baselines> baselines;

    PlansController(Plans plans, CaseFilePages pages, Clocks clocks, List<Baselines> baselines) {
        this.plans = plans;
        this.pages = pages;
        this.clocks = clocks;
        this.baselines = baselines;
    }

    @GetMapping("/children/{id}/plans")
    String show(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_PLANS", session);
        return page(model, id, Map.of(), Map.of());
    }

    @PostMapping("/children/{id}/plans")
    String startChildInNeedPlan(@PathVariable PersonId id, @ModelAttribute("startPlan") PlanStartForm form,
                                HttpSession session, Model model) {
        return pages.submit(id, "START_PLAN", session, me -> {
            plans.startChildInNeedPlan(id, form.startedOn(), me);
            return "redirect:/children/" + id + "/plans";
        }, errors -> page(model, id, errors, Map.of()));
    }

    @PostMapping("/children/{id}/plans/{planId}/meetings")
    String meeting(@PathVariable PersonId id, @PathVariable PlanId planId, @RequestParam Map<String, String> form,
                   HttpSession session, Model model) {
        return pages.submit(id, "RECORD_PLAN_MEETING", session, me -> {
            Plans.Plan plan = planOf(id, planId);
            try {
                UUID meeting = plans.recordMeeting(planId, FormVersion.of(form), meeting(plan, form), me,
                        FormToken.read(form.get("formToken")));
                return Saved.redirect("/children/" + id + "/plans", "Meeting recorded", "meeting-" + meeting);
            } catch (ConcurrentEdit edit) {
                return page(model, id, Map.of("version", edit.getMessage()), form);
            }
        }, errors -> page(model, id, errors, form));
    }

    /** The meeting as posted, its date refused at once when it is not a real one. */
    private MeetingRecord meeting(Plans.Plan plan, Map<String, String> form) {
        String ends = form.getOrDefault("ends", CONTINUES);
        return new MeetingRecord(parse(MeetingKind.class, form.get("meetingKind")),
                DateField.readOrRefuse(form, "heldOn"), form.get("attendees"), form.get("summary"),
                form.get("childView"), progress(plan, form), CONTINUES.equals(ends) ? null : parse(PlanEnd.class, ends));
    }

    @GetMapping("/children/{id}/plans/{planId}/content")
    String contentForm(@PathVariable PersonId id, @PathVariable PlanId planId, HttpSession session, Model model) {
        pages.open(id, "VIEW_PLANS", session);
        Plans.Plan plan = planOf(id, planId);
        return contentPage(model, id, plan, Map.of(), PlanForm.of(plan, plans.outcomes(planId)));
    }

    @PostMapping("/children/{id}/plans/{planId}/content")
    String writeContent(@PathVariable PersonId id, @PathVariable PlanId planId, @RequestParam Map<String, String> form,
                        HttpSession session, Model model) {
        StaffMember me = pages.open(id, "WRITE_PLAN", session);
        Plans.Plan plan = planOf(id, planId);
        if ("add".equals(form.get("action"))) {
            return contentPage(model, id, plan, Map.of(), PlanForm.withAnotherRow(form));
        }
        try {
            LocalDate today = LocalDate.ofInstant(clocks.now(), WorkingCalendar.LONDON);
            plans.write(planId, FormVersion.of(form), PlanForm.read(form), today, me);
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
            plans.end(planId, form.planVersion(), form.endedOn(), form.end(), me);
            return "redirect:/children/" + id + "/plans";
        }, errors -> page(model, id, errors, Map.of()));
    }

    /** Progress on each outcome as posted: {@code progress-<id>} and {@code evidence-<id>}. */
    private Map<UUID, MeetingRecord.OutcomeProgress> progress(Plans.Plan plan, Map<String, String> form) {
        Map<UUID, MeetingRecord.OutcomeProgress> progress = new java.util.LinkedHashMap<>();
        for (Plans.PlannedOutcome outcome : plans.outcomes(plan.id())) {
            MeetingRecord.Progress chosen = parse(MeetingRecord.Progress.class, form.get("progress-" + outcome.id()));
            if (chosen != null) {
                progress.put(outcome.id(), new MeetingRecord.OutcomeProgress(chosen, form.get("evidence-" + outcome.id())));
            }
        }
        return progress;
    }

    private String contentPage(Model model, PersonId id, Plans.Plan plan, Map<String, String> errors,
                               Map<String, String> form) {
        model.addAttribute("personId", id).addAttribute("plan", plan).addAttribute("errors", errors)
                .addAttribute("form", form).addAttribute("rows", PlanForm.rows(form))
                .addAttribute("baselines", baselines.stream().flatMap(b -> b.forChild(id).stream()).toList());
        return "planning/plan-content";
    }

    /** A plan is changed only through its own child's record. */
    private Plans.Plan planOf(PersonId childId, PlanId planId) {
        return plans.of(childId).stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("plan", "This child has no such plan"));
    }

    private String page(Model model, PersonId id, Map<String, String> errors, Map<String, String> form) {
        List<Plans.Plan> all = plans.of(id);
        model.addAttribute("personId", id).addAttribute("plans", all)
                .addAttribute("meetings", plans.meetings(id))
                .addAttribute("outcomes", all.stream().filter(Plans.Plan::open)
                        .collect(java.util.stream.Collectors.toMap(Plans.Plan::id, p -> plans.outcomes(p.id()))))
                .addAttribute("progressOptions", Arrays.stream(MeetingRecord.Progress.values())
                        .map(p -> new Code(p.name(), p.label())).toList())
                .addAttribute("canStart", all.stream().noneMatch(Plans.Plan::open))
                .addAttribute("clocks", clocks.forPeople(List.of(id))).addAttribute("now", clocks.now())
                .addAttribute("errors", errors).addAttribute("form", form)
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
        return Stream.concat(Stream.of(new Code(CONTINUES, "The plan continues")), ends(kind).stream()).toList();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return hearth.platform.Choice.of(type, value);
    }
}
