package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8500Tests {

    private final Rule8500 rule = new Rule8500();

    @Test
    void aChildWithAnIdPasses() {
        assertThat(reported(rule, child("C1", episode()))).isEmpty();
    }

    @Test
    void aChildWithNoIdIsReportedWithNoId() {
        assertThat(reported(rule, child("C1", episode()), child(null, episode()))).containsExactly((String) null);
    }
}
