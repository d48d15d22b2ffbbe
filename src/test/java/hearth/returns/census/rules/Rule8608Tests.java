package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8608Tests {

    private final Rule8608 rule = new Rule8608();

    @Test
    void anAssessmentAuthorisedOnOrAfterItsStartPasses() {
        assertThat(reported(rule, child("C1", episode().assessment("2025-06-03", "2025-06-03").assessment("2025-06-03", null))))
                .isEmpty();
    }

    @Test
    void anAssessmentStartingAfterItsAuthorisationIsReported() {
        assertThat(reported(rule, child("C1", episode().assessment("2025-06-04", "2025-06-03")))).containsExactly("C1");
    }
}
