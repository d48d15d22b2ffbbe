package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4000Tests {

    private final Rule4000 rule = new Rule4000();

    @Test
    void aPlanAfterAReferralThatWentFurtherPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").nfa("0").plan("2025-06-10", null)),
                child("C2", referred("2025-06-02").nfa("true")))).isEmpty();
    }

    @Test
    void aPlanOnAReferralWithNoFurtherActionIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").nfa("true").plan("2025-06-10", null)),
                child("C2", referred("2025-06-02").nfa("1").plan("2025-06-10", "2025-07-01")),
                child("C3", referred("2025-06-02").nfa("TRUE").plan("2025-06-10", null)),
                child("C4", referred("2025-06-02").nfa(null).plan("2025-06-10", null))))
                .containsExactly("C1", "C2");
    }
}
