package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4009QTests {

    private final Rule4009Q rule = new Rule4009Q();

    @Test
    void aPlanEndingOnTheDayOfDeathPasses() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-10-01", episode().plan("2025-07-01", "2025-10-01")),
                child("C2", episode().plan("2025-07-01", null)))).isEmpty();
    }

    @Test
    void aPlanEndingAfterTheDeathIsReported() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-10-01", episode().plan("2025-07-01", "2025-10-02")),
                child("C2", episode().plan("2025-07-01", "2025-10-02")),
                person("C3", "2015-06-01", null, "2025-13-01", episode().plan("2025-07-01", "2025-10-02"))))
                .containsExactly("C1");
    }
}
