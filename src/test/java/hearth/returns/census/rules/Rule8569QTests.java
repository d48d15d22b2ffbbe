package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8569QTests {

    private final Rule8569Q rule = new Rule8569Q();

    @Test
    void aReferralBeforeThePeriodThatLedToFurtherActionPasses() {
        assertThat(reported(rule, child("C1", episode().referred("2024-05-01").nfa("0")),
                child("C2", episode().referred("2025-03-31").nfa("1")))).isEmpty();
    }

    @Test
    void aNoFurtherActionReferralBeforeThePeriodIsReported() {
        assertThat(reported(rule, child("C1", episode().referred("2025-03-30").nfa("1")),
                child("C2", episode().referred("2024-05-01").nfa(null)),
                child("C3", episode().referred("2024-05-01").nfa("FALSE")),
                child("C4", episode().referred("2025-03-31").nfa("true")))).containsExactly("C1", "C2", "C3");
    }
}
