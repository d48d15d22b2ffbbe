package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4001Tests {

    private final Rule4001 rule = new Rule4001();

    @Test
    void aCinPlanWhileTheProtectionPlanIsEndedPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").protection("2025-06-20", "2025-09-01")
                .plan("2025-09-01", null)), child("C2", referred("2025-06-02").protection("2025-06-20", null)
                .plan("2025-06-03", "2025-06-20")))).isEmpty();
    }

    @Test
    void anOpenCinPlanBesideAnOpenProtectionPlanIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").protection("2025-06-20", null)
                .plan("2025-06-03", null)))).containsExactly("C1");
    }
}
