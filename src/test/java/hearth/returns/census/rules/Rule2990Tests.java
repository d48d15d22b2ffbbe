package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule2990Tests {

    private final Rule2990 rule = new Rule2990();

    @Test
    void anEpisodeClosedAfterAssessmentWithNothingElsePasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").assessment("2025-06-03")
                .closed("2025-07-01", "RC8")), child("C2", referred("2025-06-02").plan("2025-06-10", null)
                .closed("2025-07-01", "RC1")))).isEmpty();
    }

    @Test
    void anEpisodeClosedAfterAssessmentWithAPlanEnquiryOrConferenceIsReported() {
        assertThat(reported(rule,
                child("C1", referred("2025-06-02").plan("2025-06-10", null).closed("2025-07-01", "RC8")),
                child("C2", referred("2025-06-02").enquiry("2025-06-03", null).closed("2025-07-01", "RC9")),
                child("C3", referred("2025-06-02").conference("2025-06-20").closed("2025-07-01", "RC9")),
                child("C4", referred("2025-06-02").protection("2025-06-20", null).closed("2025-07-01", "RC8"))))
                .containsExactly("C1", "C2", "C3", "C4");
    }
}
