package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4017Tests {

    private final Rule4017 rule = new Rule4017();

    @Test
    void aProtectionPlanStartingWhenThePlanEndsPasses() {
        assertThat(reported(rule, child("C1", episode().plan("2025-06-10", "2025-08-01"),
                episode().protection("2025-08-01", null).protection("2025-06-09", null)))).isEmpty();
    }

    @Test
    void aProtectionPlanStartingWhileAPlanIsOpenIsReported() {
        assertThat(reported(rule, child("C1", episode().plan("2025-06-10", "2025-08-01"),
                episode().protection("2025-06-10", null)),
                child("C2", episode().plan("2025-06-10", "2025-02-31").protection("2026-03-31", null)),
                child("C3", episode().plan("2025-06-10", null).protection("2026-04-01", null))))
                .containsExactly("C1", "C2");
    }
}
