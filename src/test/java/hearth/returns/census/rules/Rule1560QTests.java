package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1560QTests {

    private final Rule1560Q rule = new Rule1560Q();

    @Test
    void aLetterAndTwelveDigitsPasses() {
        assertThat(reported(rule, person("C1", null, "A201123456789"), person("C2", null, null))).isEmpty();
    }

    @Test
    void anyOtherShapeIsQueried() {
        assertThat(reported(rule, person("C1", null, "1201123456789"), person("C2", null, "A20112345678"),
                person("C3", null, "A20112345678B"), person("C4", null, "A"))).containsExactly("C1", "C2", "C3", "C4");
    }
}
