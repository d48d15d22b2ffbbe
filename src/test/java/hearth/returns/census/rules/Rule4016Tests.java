package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4016Tests {

    private final Rule4016 rule = new Rule4016();

    @Test
    void aPlanStartingWhenTheProtectionPlanEndsPasses() {
        assertThat(reported(rule, child("C1", episode().protection("2025-06-10", "2025-08-01"),
                episode().plan("2025-08-01", null).plan("2025-06-09", null)))).isEmpty();
    }

    @Test
    void aPlanStartingWhileAProtectionPlanIsOpenIsReported() {
        assertThat(reported(rule, child("C1", episode().protection("2025-06-10", "2025-08-01"),
                episode().plan("2025-07-31", null)),
                child("C2", episode().protection("2025-06-10", null).plan("2026-03-31", null)),
                child("C3", episode().protection("2025-06-10", null).plan("2026-04-01", null))))
                .containsExactly("C1", "C2");
    }
}
