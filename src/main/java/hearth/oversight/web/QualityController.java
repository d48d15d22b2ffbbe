package hearth.oversight.web;

import hearth.access.CaseFileAccess;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.casework.Allocations;
import hearth.oversight.Engagement;
import hearth.oversight.RecordQuality;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Case record quality for a case and across a manager's team, and parents' engagement. */
@Controller
class QualityController {

    private final RecordQuality quality;
    private final Engagement engagement;
    private final CaseFileAccess access;
    private final PersonIndex people;
    private final Allocations allocations;

    QualityController(RecordQuality quality, Engagement engagement, CaseFileAccess access, PersonIndex people,
                      Allocations allocations) {
        this.allocations = allocations;
        this.quality = quality;
        this.engagement = engagement;
        this.access = access;
        this.people = people;
    }

    @GetMapping("/children/{id}/quality")
    String caseQuality(@PathVariable UUID id, HttpSession session, Model model) {
        access.open(StaffMember.require(), id, "VIEW_QUALITY", StatedReasons.reasonFor(session, id));
        model.addAttribute("personId", id).addAttribute("findings", quality.of(id)).addAttribute("weeks", quality.weeks());
        return "oversight/quality";
    }

    @GetMapping("/team/quality")
    String teamQuality(Model model) {
        StaffMember me = StaffMember.require();
        if (!me.role().managesCases()) {
            return "redirect:/no-access";
        }
        List<Allocations.Allocation> caseload = allocations.caseload(me);
        List<RecordQuality.CaseFindings> cases = quality.team(caseload);
        Map<UUID, Long> escalating = engagement.escalating(caseload.stream().map(Allocations.Allocation::personId).toList());
        Map<UUID, PersonSummary> names = people.summaries(java.util.stream.Stream.concat(cases.stream()
                        .map(RecordQuality.CaseFindings::personId), escalating.keySet().stream()).distinct().toList())
                .stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<RecordQuality.Check, Long> byCheck = Arrays.stream(RecordQuality.Check.values())
                .collect(Collectors.toMap(Function.identity(), c -> cases.stream()
                        .filter(k -> k.findings().stream().anyMatch(f -> f.check() == c)).count(),
                        (a, b) -> a, () -> new java.util.EnumMap<>(RecordQuality.Check.class)));
        model.addAttribute("cases", cases).addAttribute("names", names).addAttribute("byCheck", byCheck)
                .addAttribute("escalating", escalating)
                .addAttribute("maxCount", Math.max(1, byCheck.values().stream().mapToLong(Long::longValue).max().orElse(1)))
                .addAttribute("weeks", quality.weeks());
        return "oversight/team-quality";
    }

    @GetMapping("/children/{id}/engagement")
    String engagement(@PathVariable UUID id, HttpSession session, Model model) {
        access.open(StaffMember.require(), id, "VIEW_ENGAGEMENT", StatedReasons.reasonFor(session, id));
        return engagementPage(model, id, Map.of(), Map.of());
    }

    @PostMapping("/children/{id}/engagement")
    String recordEngagement(@PathVariable UUID id, @RequestParam Map<String, String> form, HttpSession session,
                            Model model) {
        StaffMember me = StaffMember.require();
        access.open(me, id, "RECORD_ENGAGEMENT", StatedReasons.reasonFor(session, id));
        try {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate on = DateField.read(form, "occurredOn", errors);
            errors.throwIfAny();
            engagement.record(id, kind(form.get("kind")), form.get("who"), on, form.get("notes"), me);
        } catch (InvalidInput invalid) {
            return engagementPage(model, id, invalid.errors(), form);
        }
        return "redirect:/children/" + id + "/engagement";
    }

    private String engagementPage(Model model, UUID id, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("personId", id).addAttribute("events", engagement.of(id))
                .addAttribute("prompt", engagement.escalationPrompt(id).orElse(null))
                .addAttribute("kinds", Arrays.stream(Engagement.Kind.values()).map(k -> new Code(k.name(), k.label())).toList())
                .addAttribute("errors", errors).addAttribute("form", form);
        return "oversight/engagement";
    }

    private static Engagement.Kind kind(String value) {
        return hearth.platform.Choice.of(Engagement.Kind.class, value);
    }
}
