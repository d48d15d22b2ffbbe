package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8630Tests {

    private final Rule8630 rule = new Rule8630();

    @Test
    void aClosureOnTheReferralDatePasses() {
        assertThat(reported(rule, child("C1", episode().referred("2025-06-02").closed("2025-06-02", "RC1")))).isEmpty();
    }

    @Test
    void aClosureBeforeTheReferralIsReported() {
        assertThat(reported(rule, child("C1", episode().referred("2025-06-02").closed("2025-06-01", "RC1")),
                child("C2", episode().referred(null).closed("2025-06-01", "RC1")))).containsExactly("C1");
    }
}
