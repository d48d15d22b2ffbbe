package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8925Tests {

    private final Rule8925 rule = new Rule8925();

    @Test
    void aPlanEndingBeforeItStartsFails() {
        assertThat(breaches(rule,
                child("SAME_DAY", episode().plan("2025-06-20", "2025-06-20")),
                child("MALFORMED_END", episode().plan("2025-06-20", "2025-06-00")),
                child("BEFORE", episode().plan("2025-06-20", "2025-06-19"))))
                .containsExactly("BEFORE");
    }
}
