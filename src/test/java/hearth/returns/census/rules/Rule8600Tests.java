package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8600Tests {

    private final Rule8600 rule = new Rule8600();

    @Test
    void aReferralOnOrBeforeTheReferenceDatePasses() {
        assertThat(reported(rule, child("C1", episode().referred("2026-03-31"), episode().referred("2020-01-01")))).isEmpty();
    }

    @Test
    void aMissingOrLateReferralIsReported() {
        assertThat(reported(rule, child("C1", episode().referred(null)), child("C2", episode().referred("2026-04-01")),
                child("C3", episode().referred("2025-06-31")))).containsExactly("C1", "C2", "C3");
    }
}
