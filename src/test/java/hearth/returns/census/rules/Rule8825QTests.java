package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8825QTests {

    private final Rule8825Q rule = new Rule8825Q();

    @Test
    void closedAfterAssessmentNeedsAnAssessment() {
        assertThat(breaches(rule,
                child("ASSESSED", episode().closed("2025-07-01", "RC8").assessment("2025-06-03", "2025-06-20", "1A")),
                child("OTHER_REASON", episode().closed("2025-07-01", "RC1")),
                child("LOWER_CASE", episode().closed("2025-07-01", "rc9")),
                child("NOT_ASSESSED", episode().closed("2025-07-01", "RC9"))))
                .containsExactly("NOT_ASSESSED");
    }
}
