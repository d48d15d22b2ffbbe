package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8545QTests {

    private final Rule8545Q rule = new Rule8545Q();

    @Test
    void aDeathInThePeriodPasses() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-03-31", episode()),
                person("C2", "2015-06-01", null, "2026-03-31", episode()),
                person("C3", "2015-06-01", null, null, episode()))).isEmpty();
    }

    @Test
    void aDeathOutsideThePeriodIsReported() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-03-30", episode()),
                person("C2", "2015-06-01", null, "2026-04-01", episode()))).containsExactly("C1", "C2");
    }
}
