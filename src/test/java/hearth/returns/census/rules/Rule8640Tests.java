package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8640Tests {

    private final Rule8640 rule = new Rule8640();

    @Test
    void rc1ToRc9OrNoReasonPass() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC1"), episode().closed("2025-09-01", "RC9"),
                episode()))).isEmpty();
    }

    @Test
    void anotherReasonIsReported() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC10")),
                child("C2", episode().closed("2025-09-01", "rc1")))).containsExactly("C1", "C2");
    }
}
