package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1510Tests {

    private final Rule1510 rule = new Rule1510();

    @Test
    void aUpnWithItsCheckLetterOrNotEndingInTwelveDigitsPasses() {
        assertThat(reported(rule, person("C1", "P201123456789", null), person("C2", "Y201000000001", null),
                person("C3", "A20112345678A", null), person("C4", "A2011234567", null), person("C5", null, null)))
                .isEmpty();
    }

    @Test
    void aUpnWithTheWrongCheckLetterIsReported() {
        assertThat(reported(rule, person("C1", "A201123456789", null), person("C2", "P201123456789", null)))
                .containsExactly("C1");
    }
}
