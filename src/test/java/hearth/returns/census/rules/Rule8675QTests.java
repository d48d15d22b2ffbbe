package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8675QTests {

    private final Rule8675Q rule = new Rule8675Q();

    @Test
    void anEnquiryStartedWithin15WorkingDaysOrNeedingNoConferencePasses() {
        assertThat(reported(rule, child("C1", episode().enquiry("2026-03-11", null, "0")),
                child("C2", episode().enquiry("2025-06-03", null, "1")),
                child("C3", episode().enquiry("2025-06-03", "2025-06-20", "0")),
                child("C4", episode().enquiry("2025-06-03", null, "FALSE")))).isEmpty();
    }

    @Test
    void anEnquiryStartedEarlierWithNoConferenceIsReported() {
        assertThat(reported(rule, child("C1", episode().enquiry("2026-03-10", null, "0")),
                child("C2", episode().enquiry("2025-06-03", null, "false")))).containsExactly("C1", "C2");
    }
}
