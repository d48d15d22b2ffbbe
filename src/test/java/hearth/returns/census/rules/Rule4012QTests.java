package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4012QTests {

    private final Rule4012Q rule = new Rule4012Q();

    @Test
    void aPlanLastingMoreThanADayPasses() {
        assertThat(reported(rule, child("C1", episode().plan("2025-07-01", "2025-07-02").plan(null, null)))).isEmpty();
    }

    @Test
    void aPlanStartingAndEndingOnTheSameDayIsReported() {
        assertThat(reported(rule, child("C1", episode().plan("2025-07-01", "2025-07-01")),
                child("C2", episode().plan("2025-07-01", "2025-07-02")))).containsExactly("C1");
    }
}
