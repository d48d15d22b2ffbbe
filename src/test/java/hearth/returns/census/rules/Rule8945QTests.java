package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8945QTests {

    private final Rule8945Q rule = new Rule8945Q();

    @Test
    void theValidatorNeverMatchesFactor18aSoNeitherDoesHearth() {
        assertThat(breaches(rule,
                child("18B", episode().assessment("2025-06-03", "2025-06-20", "18B")),
                child("18A", episode().assessment("2025-06-03", "2025-06-20", "18A"))))
                .isEmpty();
    }
}
