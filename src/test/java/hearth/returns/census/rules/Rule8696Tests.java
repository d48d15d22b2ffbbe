package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8696Tests {

    private final Rule8696 rule = new Rule8696();

    @Test
    void anAuthorisationInThePeriodPasses() {
        assertThat(reported(rule, child("C1", episode().assessment("2025-03-01", "2025-03-31").assessment("2025-06-03", null)
                .assessment("2026-03-01", "2026-03-31")))).isEmpty();
    }

    @Test
    void anAuthorisationOutsideThePeriodIsReported() {
        assertThat(reported(rule, child("C1", episode().assessment("2025-03-01", "2025-03-30")),
                child("C2", episode().assessment("2026-03-01", "2026-04-01")))).containsExactly("C1", "C2");
    }
}
