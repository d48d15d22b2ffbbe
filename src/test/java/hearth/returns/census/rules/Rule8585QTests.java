package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8585QTests {

    private final Rule8585Q rule = new Rule8585Q();

    @Test
    void aChildThatDiedWithADateOfDeathPasses() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-09-01", episode().closed("2025-09-01", "RC2")),
                child("C2", episode().closed("2025-09-01", "RC1")))).isEmpty();
    }

    @Test
    void closedAsDiedWithNoDateOfDeathIsReported() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC2")),
                person("C2", "2015-06-01", null, "2025-09-31", episode().closed("2025-09-01", "RC2"))))
                .containsExactly("C1", "C2");
    }
}
