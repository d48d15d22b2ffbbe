package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule2889Tests {

    private final Rule2889 rule = new Rule2889();

    @Test
    void anEnquiryOnOrAfterTheReferralPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").enquiry("2025-06-02", null)))).isEmpty();
    }

    @Test
    void anEnquiryStartingBeforeTheReferralIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").enquiry("2025-05-30", null)),
                child("C2", referred("2025-06-02").enquiry("2025-2-30", null)))).containsExactly("C1");
    }
}
