package hearth.frontdoor.api;

import hearth.frontdoor.Consent;
import hearth.frontdoor.ReferralDetails;
import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A referral as a partner system sends it (see /api/openapi.yaml). */
record ReferralRequest(String referralSource, List<Child> children, String family, String worry, String childSaid,
                       String tried, List<String> factors, String urgency, String consent, String consentReason,
                       String consentOverriddenBy, Referrer referrer) {

    private static final Pattern CHILD_FIELD = Pattern.compile("child(\\d+)(\\w+)");

    record Child(String forenames, String surname, String dateOfBirth, String address, String postcode) {
    }

    record Referrer(String name, String role, String phone, String email) {
    }

    /** Reads types strictly, naming each bad field by its JSON path. */
    ReferralDetails details(String organisation) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        List<ReferralDetails.ChildDescribed> described = new ArrayList<>();
        List<Child> given = children == null ? List.of() : children;
        for (int i = 0; i < given.size(); i++) {
            Child c = given.get(i);
            if (c == null) {
                errors.add("children[" + i + "]", "children[" + i + "] must be a child, not null");
                continue;
            }
            described.add(new ReferralDetails.ChildDescribed(c.forenames(), c.surname(),
                    date(c.dateOfBirth(), "children[" + i + "].dateOfBirth", errors), c.address(), c.postcode()));
        }
        Consent parsedConsent = null;
        if (consent != null) {
            try {
                parsedConsent = Consent.valueOf(consent);
            } catch (IllegalArgumentException e) {
                errors.add("consent", "consent must be one of " + java.util.Arrays.toString(Consent.values()));
            }
        }
        if (urgency != null && !List.of("IMMEDIATE", "URGENT", "STANDARD").contains(urgency)) {
            errors.add("urgency", "urgency must be IMMEDIATE, URGENT or STANDARD");
        }
        errors.throwIfAny();
        Referrer who = referrer == null ? new Referrer(null, null, null, null) : referrer;
        return new ReferralDetails("API", referralSource, described, family, worry, childSaid, tried,
                factors == null ? List.of() : factors, urgency, parsedConsent, consentReason, consentOverriddenBy,
                who.name(), who.role(), organisation, who.phone(), who.email());
    }

    private static LocalDate date(String value, String field, InvalidInput.Errors errors) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, field + " must be a date like 2017-09-30");
            return null;
        }
    }

    /** The form's field names, as the API's JSON paths: child0Dob is children[0].dateOfBirth. */
    static String jsonPath(String formField) {
        Matcher child = CHILD_FIELD.matcher(formField);
        if (child.matches()) {
            String field = child.group(2).equals("Dob") ? "dateOfBirth" : decapitalise(child.group(2));
            return "children[" + child.group(1) + "]." + field;
        }
        if (formField.startsWith("referrer") && formField.length() > "referrer".length()) {
            return "referrer." + decapitalise(formField.substring("referrer".length()));
        }
        return formField;
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
