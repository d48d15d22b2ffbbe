package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4015Tests {

    private final Rule4015 rule = new Rule4015();

    @Test
    void aPlanStartingOnTheReferralDatePasses() {
        assertThat(reported(rule, child("C1", episode().referred("2025-06-02").plan("2025-06-02", null)))).isEmpty();
    }

    @Test
    void aPlanStartingBeforeItsEpisodesReferralIsReported() {
        assertThat(reported(rule, child("C1", episode().referred("2025-06-02").plan("2025-06-01", null)),
                child("C2", episode().referred(null).plan("2025-06-01", null)))).containsExactly("C1");
    }

    @Test
    void aPlanComparesWithTheEpisodeInTheSamePlaceOfAChildSharingItsId() {
        assertThat(reported(rule, child("C1", episode().referred("2025-06-02")),
                child("C1", episode().referred("2025-05-01").plan("2025-05-10", null)))).containsExactly("C1");
    }
}
