package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1105Tests {

    private final Rule1105 rule = new Rule1105();

    @Test
    void aPlanStartingOnOrAfterTheReferralPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").protection("2025-06-02", null)),
                child("C2", referred("not a date").protection("2025-01-01", null)))).isEmpty();
    }

    @Test
    void aPlanStartingBeforeTheReferralIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").protection("01/06/2025", null))))
                .containsExactly("C1");
    }
}
