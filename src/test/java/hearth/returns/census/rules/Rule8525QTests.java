package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8525QTests {

    private final Rule8525Q rule = new Rule8525Q();

    @Test
    void aBirthOrAnExpectedBirthPasses() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, null, episode()),
                person("C2", null, "2026-06-01", null, episode()),
                person("C3", "2015-13-01", "2026-06-01", null, episode()),
                person("C4", "1066-04-13", "2026-06-01", null, episode()))).isEmpty();
    }

    @Test
    void bothOrNeitherIsReported() {
        assertThat(reported(rule, person("C1", "2015-06-01", "2026-06-01", null, episode()),
                person("C2", null, null, null, episode()), person("C3", "2015-13-01", null, null, episode())))
                .containsExactly("C1", "C2", "C3");
    }
}
