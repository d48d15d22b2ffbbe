package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8606Tests {

    private final Rule8606 rule = new Rule8606();

    @Test
    void aReferral280DaysBeforeBirthPasses() {
        assertThat(reported(rule, person("C1", "2025-06-01", null, null, episode().referred("2024-08-25")),
                person("C2", null, "2026-06-01", null, episode().referred("2025-08-25")))).isEmpty();
    }

    @Test
    void aReferralMoreThan280DaysBeforeBirthIsReported() {
        assertThat(reported(rule, person("C1", "2025-06-01", null, null, episode().referred("2024-08-24")),
                person("C2", null, "2026-06-01", null, episode().referred("2025-08-24")))).containsExactly("C1", "C2");
    }
}
