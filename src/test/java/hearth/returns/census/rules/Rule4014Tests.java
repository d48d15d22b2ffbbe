package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4014Tests {

    private final Rule4014 rule = new Rule4014();

    @Test
    void plansOneAfterTheOtherPass() {
        assertThat(reported(rule, child("C1", episode().plan("2025-05-01", "2025-06-30").plan("2025-07-01", null),
                episode().plan(null, null)))).isEmpty();
    }

    @Test
    void overlappingPlansAreReportedEvenInDifferentEpisodes() {
        assertThat(reported(rule, child("C1", episode().plan("2025-05-01", "2025-07-01").plan("2025-07-01", null)),
                child("C2", episode().plan("2025-05-01", null), episode().plan("2026-03-31", "2026-03-31")),
                child("C3", episode().plan("2025-05-01", "2025-06-01"), episode().plan("2025-05-01", "2025-06-01")),
                child("C4", episode().plan("2025-05-01", "2025-06-01").plan("2025-06-02", null))))
                .containsOnly("C1", "C2", "C3");
    }

    @Test
    void childrenSharingAnIdAreComparedAsOneAsTheValidatorJoinsThem() {
        assertThat(reported(rule, child("C1", episode().plan("2025-05-01", "2025-06-01")),
                child("C1", episode().plan("2025-05-01", "2025-06-01")), child("C2", episode().plan("2025-05-01", null))))
                .containsExactly("C1", "C1");
    }
}
