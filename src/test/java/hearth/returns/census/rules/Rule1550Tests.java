package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1550Tests {

    private final Rule1550 rule = new Rule1550();

    @Test
    void aDigitOrAllowedLetterLastPasses() {
        assertThat(reported(rule, person("C1", "P201123456789", null), person("C2", "A20112345678Z", null),
                person("C3", "A2011234567I", null))).isEmpty();
    }

    @Test
    void iOSOrALowerCaseLetterLastIsReported() {
        assertThat(reported(rule, person("C1", "A20112345678I", null), person("C2", "A20112345678O", null),
                person("C3", "A20112345678S", null), person("C4", "A20112345678a", null)))
                .containsExactly("C1", "C2", "C3", "C4");
    }
}
