package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1570Tests {

    private final Rule1570 rule = new Rule1570();

    @Test
    void anIdOfTwentyCharactersPasses() {
        assertThat(reported(rule, person("A2345678901234567890", null, null))).isEmpty();
    }

    @Test
    void anIdOfTwentyOneCharactersIsReported() {
        assertThat(reported(rule, person("A23456789012345678901", null, null)))
                .containsExactly("A23456789012345678901");
    }
}
