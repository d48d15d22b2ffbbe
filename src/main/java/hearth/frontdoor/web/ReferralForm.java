package hearth.frontdoor.web;

import hearth.access.StaffMember;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ReferralDetails;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The multi-agency referral form as posted: every field kept as typed, so a refused form
 * comes back unchanged. Up to {@value #CHILDREN} children, posted as {@code child<n><Field>}
 * from {@code child0}, here row n of {@code children}.
 */
record ReferralForm(String channel, String referralSource, String family, String worry, String childSaid,
                    String tried, String urgency, String consent, String consentReason, String consentOverriddenBy,
                    String referrerName, String referrerRole, String referrerOrganisation, String referrerPhone,
                    String referrerEmail, List<String> factors, List<Child> children) {

    static final int CHILDREN = 3;

    ReferralForm {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    record Child(String forenames, String surname, String dobDay, String dobMonth, String dobYear, String address,
                 String postcode) {

        static final Child NONE = new Child(null, null, null, null, null, null, null);

        static Child of(ContactView.Child c) {
            var dob = c.dateOfBirth();
            return new Child(c.forenames(), c.surname(), dob == null ? null : String.valueOf(dob.getDayOfMonth()),
                    dob == null ? null : String.valueOf(dob.getMonthValue()),
                    dob == null ? null : String.valueOf(dob.getYear()), c.address(), c.postcode());
        }
    }

    /** The form as posted; a field left blank reads as not answered. */
    static ReferralForm from(FormFields posted) {
        FormFields answered = posted.withoutBlanks();
        return answered.bindWith(ReferralForm.class,
                Map.of("children", answered.rows("child", 0, CHILDREN - 1, Child.class)));
    }

    /** A new form with the referrer's details filled in from who is signed in. */
    static ReferralForm blank(StaffMember me) {
        return new ReferralForm(null, null, null, null, null, null, null, null, null, null, me.displayName(), null,
                me.organisation() != null ? me.organisation() : me.teamName(), null, null, List.of(),
                Collections.nCopies(CHILDREN, Child.NONE));
    }

    static ReferralForm of(ContactView c) {
        List<Child> children = new ArrayList<>(Collections.nCopies(CHILDREN, Child.NONE));
        c.children().stream().filter(child -> child.position() >= 0 && child.position() < CHILDREN)
                .forEach(child -> children.set(child.position(), Child.of(child)));
        return new ReferralForm(c.channel(), c.referralSource(), c.family(), c.worry(), c.childSaid(), c.tried(),
                c.urgency(), c.consent() == null ? null : c.consent().name(), c.consentReason(),
                c.consentOverriddenBy(), c.referrerName(), c.referrerRole(), c.referrerOrganisation(),
                c.referrerPhone(), c.referrerEmail(), c.factors(), children);
    }

    /** The same form from the referrer's own organisation, whatever was posted. */
    ReferralForm from(String organisation) {
        return new ReferralForm(channel, referralSource, family, worry, childSaid, tried, urgency, consent,
                consentReason, consentOverriddenBy, referrerName, referrerRole, organisation, referrerPhone,
                referrerEmail, factors, children);
    }

    /**
     * Reads dates strictly (an impossible date is refused even in a draft). The rest is
     * checked on submission; when {@code submission} is given, its problems are reported
     * together with the dates'.
     */
    ReferralDetails details(String channelTaken, FrontDoor submission) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        List<ReferralDetails.ChildDescribed> described = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Child c = children.get(i);
            described.add(new ReferralDetails.ChildDescribed(c.forenames(), c.surname(),
                    DateField.read("child" + i + "Dob", "Date of birth", c.dobDay(), c.dobMonth(), c.dobYear(),
                            errors), c.address(), c.postcode()));
        }
        Consent consented = null;
        try {
            consented = consent == null ? null : Consent.valueOf(consent);
        } catch (IllegalArgumentException e) {
            errors.add("consent", "Select whether the family consented to this referral");
        }
        ReferralDetails details = new ReferralDetails(channelTaken, referralSource, described, family, worry,
                childSaid, tried, factors, urgency, consented, consentReason, consentOverriddenBy, referrerName,
                referrerRole, referrerOrganisation, referrerPhone, referrerEmail);
        if (!errors.isEmpty() && submission != null) {
            submission.check(details, errors);
        }
        errors.throwIfAny();
        return details;
    }
}
