package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8510Tests {

    private final Rule8510 rule = new Rule8510();

    @Test
    void childrenWithTheirOwnIdsPass() {
        assertThat(reported(rule, child("C1", episode()), child("C2", episode()), child(null, episode()))).isEmpty();
    }

    @Test
    void everyChildSharingAnIdIsReported() {
        assertThat(reported(rule, child("C1", episode()), child("C2", episode()), child("C1"), child(null), child(null)))
                .containsExactly("C1", "C1", null, null);
    }
}
