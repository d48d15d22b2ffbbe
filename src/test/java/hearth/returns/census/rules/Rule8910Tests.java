package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import hearth.reference.CodeLists;
import org.junit.jupiter.api.Test;

class Rule8910Tests {

    private final Rule8910 rule = new Rule8910(new CodeLists());

    @Test
    void aLatestCategoryOfAbuseFromTheListPassesAndAMissingOrUnlistedOneFails() {
        assertThat(breaches(rule,
                child("MUL", episode().plan("2025-06-20", null, "EMO", "MUL", "0")),
                child("UNLISTED", episode().plan("2025-06-20", null, "NEG", "XYZ", "0")),
                child("MISSING", episode().plan("2025-06-20", null, "NEG", null, "0"))))
                .containsExactly("UNLISTED", "MISSING");
    }
}
