package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8530QTests {

    private final Rule8530Q rule = new Rule8530Q();

    @Test
    void anExpectedBirthInsideTheRangePasses() {
        assertThat(reported(rule, person("C1", null, "2026-03-02", null, episode()),
                person("C2", null, "2026-12-30", null, episode()), person("C3", "2015-06-01", null, null, episode())))
                .isEmpty();
    }

    @Test
    void anExpectedBirthOnOrBeyondItsEdgesIsReported() {
        assertThat(reported(rule, person("C1", null, "2026-03-01", null, episode()),
                person("C2", null, "2026-12-31", null, episode()), person("C3", null, "2027-02-01", null, episode())))
                .containsExactly("C1", "C2", "C3");
    }
}
