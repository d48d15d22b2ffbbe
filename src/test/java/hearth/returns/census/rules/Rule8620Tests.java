package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8620Tests {

    private final Rule8620 rule = new Rule8620();

    @Test
    void aClosureInThePeriodPasses() {
        assertThat(reported(rule, child("C1", episode().referred("2025-01-01").closed("2025-03-31", "RC1"),
                episode().closed("2026-03-31", "RC1")))).isEmpty();
    }

    @Test
    void aClosureOutsideThePeriodIsReported() {
        assertThat(reported(rule, child("C1", episode().referred("2025-01-01").closed("2025-03-30", "RC1")),
                child("C2", episode().closed("2026-04-01", "RC1")))).containsExactly("C1", "C2");
    }
}
