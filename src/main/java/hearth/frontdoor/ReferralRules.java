package hearth.frontdoor;

import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** What a referral must say before the front door accepts it; a draft may be incomplete. */
final class ReferralRules {

    private ReferralRules() {
    }

    static void checkSubmission(ReferralDetails r, LocalDate today) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        collect(r, today, errors);
        errors.throwIfAny();
    }

    static void collect(ReferralDetails r, LocalDate today, InvalidInput.Errors errors) {
        if (r.children() == null || r.children().stream().allMatch(ReferralDetails.ChildDescribed::isBlank)) {
            errors.add("child0Forenames", "Enter the name of at least one child");
        }
        for (int i = 0; r.children() != null && i < r.children().size(); i++) {
            ReferralDetails.ChildDescribed child = r.children().get(i);
            if (!child.isBlank() && (ReferralDetails.blank(child.forenames()) || ReferralDetails.blank(child.surname()))) {
                errors.add("child" + i + "Forenames", "Enter the child's first and last name");
            }
            if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today.plusMonths(10))) {
                errors.add("child" + i + "Dob", "Date of birth must be in the past, or an expected date within 10 months");
            }
        }
        if (ReferralDetails.blank(r.worry())) {
            errors.add("worry", "Describe what you are worried about, in your own words");
        }
        if (ReferralDetails.blank(r.urgency())) {
            errors.add("urgency", "Select how urgent this is");
        }
        checkConsent(r, errors);
        if (ReferralDetails.blank(r.referrerName())) {
            errors.add("referrerName", "Enter your name");
        }
        if (ReferralDetails.blank(r.referrerPhone()) && ReferralDetails.blank(r.referrerEmail())) {
            errors.add("referrerPhone", "Enter a phone number or email address so the hub can reach you");
        }
    }

    private static void checkConsent(ReferralDetails r, InvalidInput.Errors errors) {
        if (r.consent() == null) {
            errors.add("consent", "Select whether the family consented to this referral");
            return;
        }
        if (r.consent().needsReason() && ReferralDetails.blank(r.consentReason())) {
            errors.add("consentReason", "Explain the consent decision");
        }
        if (r.consent() == Consent.OVERRIDDEN && ReferralDetails.blank(r.consentOverriddenBy())) {
            errors.add("consentOverriddenBy", "Enter who decided to override the refusal");
        }
    }
}
