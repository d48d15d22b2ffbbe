package hearth.oversight.web;

import hearth.access.CaseFilePages;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.oversight.Engagement;
import hearth.oversight.RecordQuality;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.FormFields;
import hearth.platform.PersonId;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Case record quality for a case and across a manager's team, and parents' engagement. */
@Controller
class QualityController {

    private final RecordQuality quality;
    private final Engagement engagement;
    private final CaseFilePages pages;
    private final PersonIndex people;
    private final Allocations allocations;

    QualityController(RecordQuality quality, Engagement engagement, CaseFilePages pages, PersonIndex people,
                      Allocations allocations) {
        this.allocations = allocations;
        this.quality = quality;
        this.engagement = engagement;
        this.pages = pages;
        this.people = people;
    }

    @GetMapping("/children/{id}/quality")
    String caseQuality(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_QUALITY", session);
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
        Map<PersonId, Long> escalating = engagement.escalating(caseload.stream().map(Allocations.Allocation::personId).toList());
        Map<PersonId, PersonSummary> names = people.summaries(java.util.stream.Stream.concat(cases.stream()
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
    String engagement(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_ENGAGEMENT", session);
        return engagementPage(model, id, Map.of(), FormFields.bind(EngagementForm.class, Map.of()));
    }

    @PostMapping("/children/{id}/engagement")
    String recordEngagement(@PathVariable PersonId id, @ModelAttribute("engagementForm") EngagementForm form,
                            HttpSession session, Model model) {
        return pages.submit(id, "RECORD_ENGAGEMENT", session, me -> {
            engagement.record(id, form.what(), form.who(), form.occurredOn(), form.notes(), me);
            return "redirect:/children/" + id + "/engagement";
        }, errors -> engagementPage(model, id, errors, form));
    }

    private String engagementPage(Model model, PersonId id, Map<String, String> errors, EngagementForm form) {
        model.addAttribute("personId", id).addAttribute("events", engagement.of(id))
                .addAttribute("prompt", engagement.escalationPrompt(id).orElse(null))
                .addAttribute("kinds", Arrays.stream(Engagement.Kind.values()).map(k -> new Code(k.name(), k.label())).toList())
                .addAttribute("errors", errors).addAttribute("form", form);
        return "oversight/engagement";
    }
}
