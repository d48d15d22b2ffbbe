package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8568Tests {

    private final Rule8568 rule = new Rule8568();

    @Test
    void trueFalseOneAndZeroInAnyCasePass() {
        assertThat(reported(rule, child("C1", episode().nfa("true"), episode().nfa("FALSE"), episode().nfa("1"),
                episode().nfa("0")))).isEmpty();
    }

    @Test
    void aMissingOrOtherFlagIsReported() {
        assertThat(reported(rule, child("C1", episode().nfa(null)), child("C2", episode().nfa("yes")),
                child("C3", episode().nfa(" 0")), child("C4", episode()))).containsExactly("C1", "C2", "C3");
    }
}
