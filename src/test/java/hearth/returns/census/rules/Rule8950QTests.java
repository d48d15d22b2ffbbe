package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8950QTests {

    private final Rule8950Q rule = new Rule8950Q();

    @Test
    void theValidatorNeverMatchesFactor19aSoNeitherDoesHearth() {
        assertThat(breaches(rule,
                child("19B", episode().assessment("2025-06-03", "2025-06-20", "19B")),
                child("19A", episode().assessment("2025-06-03", "2025-06-20", "19A"))))
                .isEmpty();
    }
}
