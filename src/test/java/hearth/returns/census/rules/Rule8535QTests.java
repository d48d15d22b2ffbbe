package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8535QTests {

    private final Rule8535Q rule = new Rule8535Q();

    @Test
    void aDeathOnOrAfterTheBirthPasses() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2015-06-01", episode()),
                person("C2", null, "2026-06-01", null, episode()))).isEmpty();
    }

    @Test
    void aDeathBeforeTheBirthOrWithNoBirthIsReported() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2015-05-31", episode()),
                person("C2", null, "2026-06-01", "2025-10-01", episode()))).containsExactly("C1", "C2");
    }
}
