package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule2884Tests {

    private final Rule2884 rule = new Rule2884();

    @Test
    void aConferenceRecordedOnlyOnTheEnquiryOrOnlyOnTheEpisodePasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").enquiry("2025-06-02", "2025-06-20")),
                child("C2", referred("2025-06-02").conference("2025-06-20").enquiry("2025-06-02", null)),
                child("C3", referred("2025-06-02").conference("2025-06-20").enquiry("2025-06-02", "2025-06-21"))))
                .isEmpty();
    }

    @Test
    void theSameConferenceOnTheEpisodeAndAnEnquiryIsReportedEvenAcrossEpisodes() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").conference("2025-06-20").enquiry("2025-06-02",
                "2025-06-20")), child("C2", referred("2025-06-02").conference("2025-06-20"),
                referred("2025-09-01").enquiry("2025-09-01", "2025-06-20")))).containsExactly("C1", "C2");
    }
}
