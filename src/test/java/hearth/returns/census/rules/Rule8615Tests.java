package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8615Tests {

    private final Rule8615 rule = new Rule8615();

    @Test
    void anEnquiryStartedByItsConferencePasses() {
        assertThat(reported(rule, child("C1", episode().enquiry("2025-06-03", "2025-06-03", "0").enquiry(null, null, "0"))))
                .isEmpty();
    }

    @Test
    void anEnquiryWithNoStartOrStartingAfterItsConferenceIsReported() {
        assertThat(reported(rule, child("C1", episode().enquiry("2025-06-04", "2025-06-03", "0")),
                child("C2", episode().enquiry(null, "2025-06-03", "0")))).containsExactly("C1", "C2");
    }
}
