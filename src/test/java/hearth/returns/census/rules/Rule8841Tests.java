package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8841Tests {

    private final Rule8841 rule = new Rule8841();

    @Test
    void aReviewOnOrBeforeThePlanStartFailsAndOnlyTheFirstReviewCounts() {
        assertThat(breaches(rule,
                child("AFTER", episode().plan("2025-06-20", null, "NEG", "NEG", "0", "2025-06-21")),
                child("NO_REVIEW", episode().plan("2025-06-20", null)),
                child("SAME_DAY", episode().plan("2025-06-20", null, "NEG", "NEG", "0", "2025-06-20")),
                child("BEFORE", episode().plan("2025-06-20", null, "NEG", "NEG", "0", "2025-06-01"))))
                .containsExactly("SAME_DAY", "BEFORE");
    }
}
