package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8650Tests {

    private final Rule8650 rule = new Rule8650();

    @Test
    void n0ToN9OrNoNeedPass() {
        assertThat(reported(rule, child("C1", episode().need("N0"), episode().need("N9"), episode().need(null)))).isEmpty();
    }

    @Test
    void anotherNeedIsReported() {
        assertThat(reported(rule, child("C1", episode().need("N10")), child("C2", episode().need("n1"))))
                .containsExactly("C1", "C2");
    }
}
