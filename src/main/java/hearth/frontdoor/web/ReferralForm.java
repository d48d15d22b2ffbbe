package hearth.frontdoor.web;

import hearth.access.StaffMember;
import hearth.frontdoor.Consent;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.ReferralDetails;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The multi-agency referral form as posted: every field kept as typed, so a refused form
 * comes back unchanged. Up to {@value #CHILDREN} children.
 */
public record ReferralForm(Map<String, String> values, List<String> factors) {

    static final int CHILDREN = 3;

    static ReferralForm from(MultiValueMap<String, String> posted) {
        Map<String, String> values = new HashMap<>();
        posted.forEach((key, list) -> {
            if (!list.isEmpty() && !"factors".equals(key) && list.get(0) != null && !list.get(0).isBlank()) {
                values.put(key, list.get(0));
            }
        });
        List<String> factors = posted.getOrDefault("factors", List.of());
        return new ReferralForm(values, new ArrayList<>(factors));
    }

    /** A new form with the referrer's details filled in from who is signed in. */
    static ReferralForm blank(StaffMember me) {
        Map<String, String> values = new HashMap<>();
        values.put("referrerName", me.displayName());
        values.put("referrerOrganisation", me.organisation() != null ? me.organisation() : me.teamName());
        return new ReferralForm(values, new ArrayList<>());
    }

    static ReferralForm of(ContactView c) {
        Map<String, String> v = new HashMap<>();
        put(v, "referralSource", c.referralSource());
        put(v, "family", c.family());
        put(v, "worry", c.worry());
        put(v, "childSaid", c.childSaid());
        put(v, "tried", c.tried());
        put(v, "urgency", c.urgency());
        put(v, "consent", c.consent() == null ? null : c.consent().name());
        put(v, "consentReason", c.consentReason());
        put(v, "consentOverriddenBy", c.consentOverriddenBy());
        put(v, "referrerName", c.referrerName());
        put(v, "referrerRole", c.referrerRole());
        put(v, "referrerOrganisation", c.referrerOrganisation());
        put(v, "referrerPhone", c.referrerPhone());
        put(v, "referrerEmail", c.referrerEmail());
        put(v, "channel", c.channel());
        for (ContactView.Child child : c.children()) {
            String p = "child" + child.position();
            put(v, p + "Forenames", child.forenames());
            put(v, p + "Surname", child.surname());
            if (child.dateOfBirth() != null) {
                put(v, p + "DobDay", String.valueOf(child.dateOfBirth().getDayOfMonth()));
                put(v, p + "DobMonth", String.valueOf(child.dateOfBirth().getMonthValue()));
                put(v, p + "DobYear", String.valueOf(child.dateOfBirth().getYear()));
            }
            put(v, p + "Address", child.address());
            put(v, p + "Postcode", child.postcode());
        }
        return new ReferralForm(v, new ArrayList<>(c.factors()));
    }

    public String get(String name) {
        return values.get(name);
    }

    /**
     * Reads dates strictly (an impossible date is refused even in a draft). The rest is
     * checked on submission; when {@code submission} is given, its problems are reported
     * together with the dates'.
     */
    ReferralDetails details(String channel, FrontDoor submission) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        List<ReferralDetails.ChildDescribed> children = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            String p = "child" + i;
            children.add(new ReferralDetails.ChildDescribed(get(p + "Forenames"), get(p + "Surname"),
                    DateField.read(p + "Dob", "Date of birth", get(p + "DobDay"), get(p + "DobMonth"),
                            get(p + "DobYear"), errors), get(p + "Address"), get(p + "Postcode")));
        }
        Consent consent = null;
        try {
            consent = get("consent") == null || get("consent").isBlank() ? null : Consent.valueOf(get("consent"));
        } catch (IllegalArgumentException e) {
            errors.add("consent", "Select whether the family consented to this referral");
        }
        ReferralDetails details = new ReferralDetails(channel, get("referralSource"), children, get("family"),
                get("worry"), get("childSaid"), get("tried"), factors, get("urgency"), consent, get("consentReason"),
                get("consentOverriddenBy"), get("referrerName"), get("referrerRole"), get("referrerOrganisation"),
                get("referrerPhone"), get("referrerEmail"));
        if (!errors.isEmpty() && submission != null) {
            submission.check(details, errors);
        }
        errors.throwIfAny();
        return details;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
