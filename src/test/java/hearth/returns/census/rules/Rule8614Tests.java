package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8614Tests {

    private final Rule8614 rule = new Rule8614();

    @Test
    void factorsOfACompletedAssessmentPass() {
        assertThat(reported(rule, child("C1", episode().assessment("2025-06-03", "2025-07-01", "2A")))).isEmpty();
    }

    @Test
    void factorsOfAnOpenAssessmentAreNotReportedAsTheValidatorFailsOnThem() {
        assertThat(reported(rule, child("C1", episode().assessment("2025-06-03", null, "2A")),
                child("C2", episode().assessment("2025-06-03", "2025-07-32", "")))).isEmpty();
    }
}
