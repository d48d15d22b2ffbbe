package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1530Tests {

    private final Rule1530 rule = new Rule1530();

    @Test
    void aRecognisedLaCodePasses() {
        assertThat(reported(rule, person("C1", "P201123456789", null), person("C2", "A001123456789", null),
                person("C3", "A943123456789", null), person("C4", "A999", null))).isEmpty();
    }

    @Test
    void anUnknownLaCodeIsReported() {
        assertThat(reported(rule, person("C1", "U999123456789", null), person("C2", "A214123456789", null),
                person("C3", "A006123456789", null))).containsExactly("C1", "C2", "C3");
    }
}
