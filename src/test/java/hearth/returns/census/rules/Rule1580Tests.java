package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1580Tests {

    private final Rule1580 rule = new Rule1580();

    @Test
    void lettersAndDigitsPass() {
        assertThat(reported(rule, person("Ab12", null, null), person("Ça3", null, null))).isEmpty();
    }

    @Test
    void aSpaceHyphenOrUnderscoreIsReported() {
        assertThat(reported(rule, person("C 1", null, null), person("C-2", null, null), person("C_3", null, null),
                person("C4", null, null))).containsExactly("C 1", "C-2", "C_3");
    }
}
