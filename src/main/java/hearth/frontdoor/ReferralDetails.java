package hearth.frontdoor;

import static hearth.platform.Text.blank;

import java.time.LocalDate;
import java.util.List;

/** What a referrer tells the front door, on the multi-agency referral form or by phone. */
public record ReferralDetails(String channel, String referralSource, List<ChildDescribed> children, String family,
                              String worry, String childSaid, String tried, List<String> factors, String urgency,
                              Consent consent, String consentReason, String consentOverriddenBy, String referrerName,
                              String referrerRole, String referrerOrganisation, String referrerPhone,
                              String referrerEmail) {

    /** A child as the referrer describes them; the hub matches them to the person index. */
    public record ChildDescribed(String forenames, String surname, LocalDate dateOfBirth, String address,
                                 String postcode) {

        public boolean isBlank() {
            return blank(forenames) && blank(surname);
        }
    }
}
