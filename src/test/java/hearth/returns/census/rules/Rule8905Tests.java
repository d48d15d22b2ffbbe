package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import hearth.reference.CodeLists;
import org.junit.jupiter.api.Test;

class Rule8905Tests {

    private final Rule8905 rule = new Rule8905(new CodeLists());

    @Test
    void anInitialCategoryOfAbuseFromTheListPassesAndAMissingOrUnlistedOneFails() {
        assertThat(breaches(rule,
                child("NEG", episode().plan("2025-06-20", null, "NEG", "EMO", "0")),
                child("LOWER", episode().plan("2025-06-20", null, "neg", "NEG", "0")),
                child("MISSING", episode().plan("2025-06-20", null, null, "NEG", "0"))))
                .containsExactly("LOWER", "MISSING");
    }
}
