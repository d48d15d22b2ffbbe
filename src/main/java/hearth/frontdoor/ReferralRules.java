package hearth.frontdoor;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import hearth.platform.Text;
import java.time.LocalDate;

/** What a referral must say before the front door accepts it; a draft may be incomplete. */
final class ReferralRules {

    static final int MAX_CHILDREN = 20;
    static final int MAX_FACTORS = 60;
    /** A code from a list: a referral source, an urgency, a factor. */
    static final int CODE = 20;
    static final int POSTCODE = 10;

    private ReferralRules() {
    }

    static void checkSubmission(ReferralDetails r, LocalDate today) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        collect(r, today, errors);
        errors.throwIfAny();
    }

    static void collect(ReferralDetails r, LocalDate today, InvalidInput.Errors errors) {
        checkLengths(r, errors);
        if (r.children() == null || r.children().stream().allMatch(ReferralDetails.ChildDescribed::isBlank)) {
            errors.add("child0Forenames", "Enter the name of at least one child");
        }
        for (int i = 0; r.children() != null && i < r.children().size(); i++) {
            ReferralDetails.ChildDescribed child = r.children().get(i);
            if (!child.isBlank() && (Text.blank(child.forenames()) || Text.blank(child.surname()))) {
                errors.add("child" + i + "Forenames", "Enter the child's first and last name");
            }
            if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today.plusMonths(10))) {
                errors.add("child" + i + "Dob", "Date of birth must be in the past, or an expected date within 10 months");
            }
        }
        if (Text.blank(r.worry())) {
            errors.add("worry", "Describe what you are worried about, in your own words");
        }
        if (Text.blank(r.urgency())) {
            errors.add("urgency", "Select how urgent this is");
        }
        checkConsent(r, errors);
        if (Text.blank(r.referrerName())) {
            errors.add("referrerName", "Enter your name");
        }
        if (Text.blank(r.referrerPhone()) && Text.blank(r.referrerEmail())) {
            errors.add("referrerPhone", "Enter a phone number or email address so the hub can reach you");
        }
    }

    /** Applies to drafts too: nothing too long or unstorable is kept, even for later. */
    static void checkLengths(ReferralDetails r, InvalidInput.Errors errors) {
        if (r.children() != null && r.children().size() > MAX_CHILDREN) {
            errors.add("children", "A referral can name up to " + MAX_CHILDREN + " children; send another for the rest");
        }
        for (int i = 0; r.children() != null && i < Math.min(r.children().size(), MAX_CHILDREN); i++) {
            ReferralDetails.ChildDescribed c = r.children().get(i);
            TextLimit.check(errors, "child" + i + "Forenames", "First names", c.forenames(), TextLimit.NAME);
            TextLimit.check(errors, "child" + i + "Surname", "Last name", c.surname(), TextLimit.NAME);
            TextLimit.check(errors, "child" + i + "Address", "Address", c.address(), TextLimit.LINE);
            TextLimit.check(errors, "child" + i + "Postcode", "Postcode", c.postcode(), POSTCODE);
        }
        TextLimit.check(errors, "referralSource", "Referral source", r.referralSource(), CODE);
        TextLimit.check(errors, "family", "The family", r.family(), TextLimit.NARRATIVE);
        TextLimit.check(errors, "worry", "What you are worried about", r.worry(), TextLimit.NARRATIVE);
        TextLimit.check(errors, "childSaid", "What the child has said", r.childSaid(), TextLimit.NARRATIVE);
        TextLimit.check(errors, "tried", "What has been tried", r.tried(), TextLimit.NARRATIVE);
        TextLimit.check(errors, "urgency", "Urgency", r.urgency(), CODE);
        checkFactors(r, errors);
        TextLimit.check(errors, "consentReason", "The consent decision", r.consentReason(), TextLimit.NARRATIVE);
        TextLimit.check(errors, "consentOverriddenBy", "Who overrode the refusal", r.consentOverriddenBy(),
                TextLimit.NAME);
        TextLimit.check(errors, "referrerName", "Your name", r.referrerName(), TextLimit.NAME);
        TextLimit.check(errors, "referrerRole", "Your role", r.referrerRole(), TextLimit.LINE);
        TextLimit.check(errors, "referrerOrganisation", "Your organisation", r.referrerOrganisation(), TextLimit.LINE);
        TextLimit.check(errors, "referrerPhone", "Phone number", r.referrerPhone(), TextLimit.NAME);
        TextLimit.check(errors, "referrerEmail", "Email address", r.referrerEmail(), TextLimit.LINE);
    }

    private static void checkFactors(ReferralDetails r, InvalidInput.Errors errors) {
        if (r.factors() == null) {
            return;
        }
        if (r.factors().size() > MAX_FACTORS) {
            errors.add("factors", "Select up to " + MAX_FACTORS + " factors");
        }
        for (String factor : r.factors()) {
            if (factor == null) {
                errors.add("factors", "Each factor must be a DfE factor code like 3A");
            } else {
                TextLimit.check(errors, "factors", "Each factor", factor, CODE);
            }
        }
    }

    private static void checkConsent(ReferralDetails r, InvalidInput.Errors errors) {
        if (r.consent() == null) {
            errors.add("consent", "Select whether the family consented to this referral");
            return;
        }
        if (r.consent().needsReason() && Text.blank(r.consentReason())) {
            errors.add("consentReason", "Explain the consent decision");
        }
        if (r.consent() == Consent.OVERRIDDEN && Text.blank(r.consentOverriddenBy())) {
            errors.add("consentOverriddenBy", "Enter who decided to override the refusal");
        }
    }
}
