package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1540Tests {

    private final Rule1540 rule = new Rule1540();

    @Test
    void digitsInCharactersFiveToTwelvePass() {
        assertThat(reported(rule, person("C1", "P201123456789", null), person("C2", "A2011234", null),
                person("C3", null, null))).isEmpty();
    }

    @Test
    void aLetterThereOrAUpnTooShortToHaveThemIsReported() {
        assertThat(reported(rule, person("C1", "A2011234567X9", null), person("C2", "A201", null),
                person("C3", "A201 23456789", null))).containsExactly("C1", "C2", "C3");
    }
}
