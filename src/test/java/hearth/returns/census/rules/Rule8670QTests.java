package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8670QTests {

    private final Rule8670Q rule = new Rule8670Q();

    @Test
    void anOpenAssessmentStarted44WorkingDaysBeforeTheReferenceDatePasses() {
        // 28 January 2026 is the 45th working day counting back from 31 March 2026, which counts
        assertThat(reported(rule, child("C1", episode().assessment("2026-01-28", null).assessment("2025-06-03", "2025-07-01"))))
                .isEmpty();
    }

    @Test
    void anOpenAssessmentStartedEarlierIsReported() {
        assertThat(reported(rule, child("C1", episode().assessment("2026-01-27", null)),
                child("C2", episode().assessment("2025-06-03", "2025-07-32")))).containsExactly("C1", "C2");
    }
}
