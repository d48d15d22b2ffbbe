package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1520Tests {

    private final Rule1520 rule = new Rule1520();

    @Test
    void differentUpnsAndMissingOnesPass() {
        assertThat(reported(rule, person("C1", "P201123456789", null), person("C2", "Y201000000001", null),
                person("C3", null, null), person("C4", null, null))).isEmpty();
    }

    @Test
    void everyChildWithASharedUpnIsReported() {
        assertThat(reported(rule, person("C1", "P201123456789", null), person("C2", "Y201000000001", null),
                person("C3", "P201123456789", null))).containsExactly("C1", "C3");
    }
}
