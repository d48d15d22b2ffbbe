package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4013Tests {

    private final Rule4013 rule = new Rule4013();

    @Test
    void aPlanEndingInThePeriodOrNotEndedPasses() {
        assertThat(reported(rule, child("C1", episode().plan("2025-01-01", "2025-03-31").plan("2025-07-01", "2026-03-31")
                .plan("2025-07-01", null)))).isEmpty();
    }

    @Test
    void aPlanEndingOutsideThePeriodIsReported() {
        assertThat(reported(rule, child("C1", episode().plan("2025-01-01", "2025-03-30")),
                child("C2", episode().plan("2025-07-01", "2026-04-01")),
                child("C3", episode().plan("2025-07-01", "2025-09-01")))).containsExactly("C1", "C2");
    }
}
