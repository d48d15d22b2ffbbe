package hearth.childprotection.web;

import hearth.access.CaseFileAccess;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.StrategyDecision;
import hearth.planning.Plans;
import hearth.platform.DateField;
import hearth.platform.FormToken;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import hearth.reference.CodeLists.Code;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's child protection pathway: strategy discussions, enquiries, conferences and their clocks. */
@Controller
class ChildProtectionController {

    private final ChildProtection childProtection;
    private final CaseFileAccess access;
    private final Clocks clocks;

    ChildProtectionController(ChildProtection childProtection, CaseFileAccess access, Clocks clocks) {
        this.childProtection = childProtection;
        this.access = access;
        this.clocks = clocks;
    }

    @GetMapping("/children/{id}/child-protection")
    String show(@PathVariable UUID id, HttpSession session, Model model) {
        access.open(StaffMember.require(), id, "VIEW_CHILD_PROTECTION", StatedReasons.reasonFor(session, id));
        return page(model, id, Map.of(), Map.of());
    }

    @PostMapping("/children/{id}/strategy-discussions")
    String strategyDiscussion(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted,
                              HttpSession session, Model model) {
        StaffMember me = StaffMember.require();
        access.open(me, id, "RECORD_STRATEGY_DISCUSSION", StatedReasons.reasonFor(session, id));
        Map<String, String> form = posted.toSingleValueMap();
        try {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate day = DateField.read("heldOn", "The date", form.get("heldOnDay"), form.get("heldOnMonth"),
                    form.get("heldOnYear"), errors);
            Instant heldAt = day == null ? null : day.atTime(time(form.get("heldAtTime"), errors))
                    .atZone(WorkingCalendar.LONDON).toInstant();
            errors.throwIfAny();
            childProtection.recordStrategyDiscussion(id, heldAt, new HashSet<>(posted.getOrDefault("agencies", List.of())),
                    form.get("shared"), decision(form.get("decision")), form.get("actions"), me,
                    FormToken.read(form.get("formToken")));
        } catch (InvalidInput invalid) {
            return page(model, id, invalid.errors(), form);
        }
        return "redirect:/children/" + id + "/child-protection";
    }

    @PostMapping("/children/{id}/enquiries/{enquiryId}/conclusion")
    String conclude(@PathVariable UUID id, @PathVariable UUID enquiryId, @RequestParam Map<String, String> form,
                    HttpSession session, Model model) {
        StaffMember me = StaffMember.require();
        access.open(me, id, "CONCLUDE_SECTION_47", StatedReasons.reasonFor(session, id));
        requireEnquiryOf(id, enquiryId);
        try {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate ended = DateField.read("endedOn", "The date", form.get("endedOnDay"), form.get("endedOnMonth"),
                    form.get("endedOnYear"), errors);
            errors.throwIfAny();
            childProtection.concludeEnquiry(enquiryId, FormVersion.of(form), ended, form.get("outcome"), me);
        } catch (InvalidInput invalid) {
            return page(model, id, invalid.errors(), form);
        }
        return "redirect:/children/" + id + "/child-protection";
    }

    @PostMapping("/children/{id}/enquiries/{enquiryId}/conference")
    String conference(@PathVariable UUID id, @PathVariable UUID enquiryId, @RequestParam Map<String, String> form,
                      HttpSession session, Model model) {
        StaffMember me = StaffMember.require();
        access.open(me, id, "RECORD_CONFERENCE", StatedReasons.reasonFor(session, id));
        requireEnquiryOf(id, enquiryId);
        try {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate held = DateField.read("conferenceOn", "The date", form.get("conferenceOnDay"),
                    form.get("conferenceOnMonth"), form.get("conferenceOnYear"), errors);
            errors.throwIfAny();
            childProtection.recordInitialConference(enquiryId, FormVersion.of(form), new ChildProtection.Conference(held,
                    form.get("chair"), form.get("attendees"), form.get("category"), form.get("delayReason"),
                    form.get("delayAgreedBy")), me, FormToken.read(form.get("formToken")));
        } catch (InvalidInput invalid) {
            return page(model, id, invalid.errors(), form);
        }
        return "redirect:/children/" + id + "/child-protection";
    }

    /** An enquiry is changed only through its own child's record. */
    private void requireEnquiryOf(UUID childId, UUID enquiryId) {
        if (childProtection.pathway(childId).enquiries().stream().noneMatch(e -> e.id().equals(enquiryId))) {
            throw InvalidInput.of("enquiry", "This child has no such section 47 enquiry");
        }
    }

    private String page(Model model, UUID id, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("personId", id).addAttribute("pathway", childProtection.pathway(id))
                .addAttribute("clocks", clocks.forPeople(List.of(id))).addAttribute("now", clocks.now())
                .addAttribute("errors", errors).addAttribute("form", form)
                .addAttribute("agencies", ChildProtection.AGENCIES.stream()
                        .map(a -> new Code(a, a.charAt(0) + a.substring(1).toLowerCase().replace('_', ' '))).toList())
                .addAttribute("decisions", Arrays.stream(StrategyDecision.values())
                        .map(d -> new Code(d.name(), d.label())).toList())
                .addAttribute("outcomes", Arrays.stream(EnquiryOutcome.values())
                        .map(o -> new Code(o.name(), o.label())).toList())
                .addAttribute("categories", Plans.CATEGORIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new Code(e.getKey(), e.getValue())).toList());
        return "childprotection/pathway";
    }

    private static LocalTime time(String value, InvalidInput.Errors errors) {
        try {
            return value == null || value.isBlank() ? LocalTime.NOON : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add("heldAtTime", "Enter the time like 14:30");
            return LocalTime.NOON;
        }
    }

    private static StrategyDecision decision(String value) {
        return hearth.platform.Choice.of(StrategyDecision.class, value);
    }
}
