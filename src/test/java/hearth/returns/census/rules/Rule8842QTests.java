package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8842QTests {

    private final Rule8842Q rule = new Rule8842Q();

    @Test
    void aReviewWithNoDateFails() {
        assertThat(breaches(rule,
                child("DATED", episode().plan("2025-06-20", null, "NEG", "NEG", "0", "2025-07-01")),
                child("NO_REVIEWS", episode().plan("2025-06-20", null)),
                child("EMPTY", episode().plan("2025-06-20", null, "NEG", "NEG", "0", "")),
                child("MALFORMED", episode().plan("2025-06-20", null, "NEG", "NEG", "0", "2025-07-32"))))
                .containsExactly("EMPTY", "MALFORMED");
    }
}
