package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4010Tests {

    private final Rule4010 rule = new Rule4010();

    @Test
    void aPlanStartingBeforeOrInTheYearPasses() {
        assertThat(reported(rule, child("C1", episode().plan("2024-01-10", null).plan("2026-03-31", null)))).isEmpty();
    }

    @Test
    void aPlanWithNoStartOrStartingAfterTheReferenceDateIsReported() {
        assertThat(reported(rule, child("C1", episode().plan(null, null)), child("C2", episode().plan("2026-04-01", null)),
                child("C3", episode().plan("2025-02-30", null)), child("C4", episode().plan("2025-07-01", null))))
                .containsExactly("C1", "C2", "C3");
    }
}
