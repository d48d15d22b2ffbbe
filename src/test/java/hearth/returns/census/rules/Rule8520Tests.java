package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8520Tests {

    private final Rule8520 rule = new Rule8520();

    @Test
    void aBirthOnTheReferenceDatePasses() {
        assertThat(reported(rule, person("C1", "2026-03-31", null, null, episode()))).isEmpty();
    }

    @Test
    void aBirthAfterTheReferenceDateIsReported() {
        assertThat(reported(rule, person("C1", "2026-04-01", null, null, episode()),
                person("C2", null, "2026-06-01", null, episode()))).containsExactly("C1");
    }
}
