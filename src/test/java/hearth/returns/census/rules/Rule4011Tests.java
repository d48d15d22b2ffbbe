package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4011Tests {

    private final Rule4011 rule = new Rule4011();

    @Test
    void aPlanEndingOnOrAfterItsStartPasses() {
        assertThat(reported(rule, child("C1", episode().plan("2025-07-01", "2025-07-01").plan("2025-08-01", null)))).isEmpty();
    }

    @Test
    void aPlanEndingBeforeItStartsIsReported() {
        assertThat(reported(rule, child("C1", episode().plan("2025-07-01", "2025-06-30")),
                child("C2", episode().plan(null, "2025-06-30")))).containsExactly("C1");
    }
}
