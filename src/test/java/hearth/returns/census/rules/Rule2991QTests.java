package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule2991QTests {

    private final Rule2991Q rule = new Rule2991Q();

    @Test
    void anEnquiryWithAnAssessmentInItsEpisodePasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").assessment("2025-06-03")
                .enquiry("2025-06-04", null)), child("C2", referred("2025-06-02")))).isEmpty();
    }

    @Test
    void anEnquiryWithNoAssessmentInItsEpisodeIsQueried() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").assessment("2025-06-03"),
                referred("2025-09-01").enquiry("2025-09-02", null)))).containsExactly("C1");
    }
}
