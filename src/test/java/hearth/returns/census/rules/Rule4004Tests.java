package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4004Tests {

    private final Rule4004 rule = new Rule4004();

    @Test
    void oneOpenPlanAnEpisodePasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").plan("2025-06-03", "2025-07-01")
                .plan("2025-07-01", null), referred("2025-09-01").plan("2025-09-02", null)))).isEmpty();
    }

    @Test
    void twoOpenPlansInAnEpisodeAreReportedUnlessTheChildHasNoId() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").plan("2025-06-03", null)
                .plan("2025-07-01", "bad date")), child(null, referred("2025-06-02").plan("2025-06-03", null)
                .plan("2025-07-01", null)))).containsExactly("C1");
    }
}
