package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8869Tests {

    private final Rule8869 rule = new Rule8869();

    @Test
    void theValidatorNeverReportsFactor21WithOthersSoNeitherDoesHearth() {
        assertThat(breaches(rule,
                child("ALONE", episode().assessment("2025-06-03", "2025-06-20", "21")),
                child("WITH_OTHERS", episode().assessment("2025-06-03", "2025-06-20", "21", "1A"))))
                .isEmpty();
    }
}
