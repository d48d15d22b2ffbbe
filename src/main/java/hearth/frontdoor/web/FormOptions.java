package hearth.frontdoor.web;

import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.Priority;
import hearth.frontdoor.ThresholdLevel;
import hearth.reference.CodeLists.Code;
import hearth.reference.CodeLists;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the front door's forms offer, from the DfE code lists and Hearth's own. */
@Component
class FormOptions {

    static final String REFERRAL_SOURCES = "referralsourcetype";
    static final String FACTORS = "assessmentfactorstype";

    private final CodeLists codes;

    FormOptions(CodeLists codes) {
        this.codes = codes;
    }

    void addTo(Model model) {
        model.addAttribute("sources", codes.list(REFERRAL_SOURCES))
                .addAttribute("factorCodes", codes.list(FACTORS).stream()
                        .filter(c -> !c.code().equals("21") && !c.code().matches("[01]")).toList())
                .addAttribute("urgencies", List.of(new Code("IMMEDIATE", "Immediate: a child may be at risk of significant harm today"),
                        new Code("URGENT", "Urgent: today or tomorrow"), new Code("STANDARD", "Standard")))
                .addAttribute("consents", Arrays.stream(Consent.values()).map(c -> new Code(c.name(), c.label())).toList())
                .addAttribute("channels", List.of(new Code("PHONE", "Phone call"), new Code("EMAIL", "Email"),
                        new Code("IN_PERSON", "In person"), new Code("OUT_OF_HOURS", "Out of hours")))
                .addAttribute("levels", Arrays.stream(ThresholdLevel.values())
                        .map(t -> new Code(String.valueOf(t.level()), t.label())).toList())
                .addAttribute("outcomes", Arrays.stream(Outcome.values()).map(o -> new Code(o.name(), o.label())).toList())
                .addAttribute("priorities", Arrays.stream(Priority.values()).map(p -> new Code(p.name(), p.label())).toList());
    }

    /** The referral form, for partners ({@code hub} false) or for hub staff recording a contact. */
    String referralPage(Model model, ReferralForm form, ContactId draftId, java.util.Map<String, String> errors,
                        String action, boolean hub) {
        addTo(model);
        model.addAttribute("form", form).addAttribute("draftId", draftId).addAttribute("errors", errors)
                .addAttribute("action", action).addAttribute("hub", hub)
                .addAttribute("childRows", java.util.stream.IntStream.range(0, ReferralForm.CHILDREN).boxed().toList());
        return "frontdoor/referral-form";
    }

    String sourceLabel(String code) {
        return code == null || code.isBlank() ? "source not recorded" : codes.label(REFERRAL_SOURCES, code);
    }

    String factorLabel(String code) {
        return codes.label(FACTORS, code);
    }
}
