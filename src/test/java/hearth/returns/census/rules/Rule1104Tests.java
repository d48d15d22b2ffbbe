package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1104Tests {

    private final Rule1104 rule = new Rule1104();

    @Test
    void aConferenceOnOrAfterTheReferralPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").enquiry("2025-06-02", "2025-06-02")),
                child("C2", referred("2025-06-02").enquiry("2025-05-01", null)))).isEmpty();
    }

    @Test
    void anEnquirysConferenceBeforeTheReferralIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").enquiry("2025-06-02", "2025-06-01"))))
                .containsExactly("C1");
    }
}
