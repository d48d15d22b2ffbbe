package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8610Tests {

    private final Rule8610 rule = new Rule8610();

    @Test
    void aPrimaryNeedOrNoFurtherActionPasses() {
        assertThat(reported(rule, child("C1", episode()), child("C2", episode().need(null).nfa("1")))).isEmpty();
    }

    @Test
    void furtherActionWithNoPrimaryNeedIsReported() {
        assertThat(reported(rule, child("C1", episode().need(null).nfa("0")), child("C2", episode().need(null).nfa("false")),
                child("C3", episode().need(null).nfa("False")))).containsExactly("C1", "C2");
    }
}
