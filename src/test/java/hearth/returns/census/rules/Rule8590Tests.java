package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8590Tests {

    private final Rule8590 rule = new Rule8590();

    @Test
    void aChildWithAnEpisodePasses() {
        assertThat(reported(rule, child("C1", episode()))).isEmpty();
    }

    @Test
    void aChildWithNoEpisodeIsReportedUnlessItsIdHasOne() {
        assertThat(reported(rule, child("C1"), child("C2", episode()), child("C2"))).containsExactly("C1");
    }
}
