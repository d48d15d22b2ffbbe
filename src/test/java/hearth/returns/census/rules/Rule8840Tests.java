package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8840Tests {

    private final Rule8840 rule = new Rule8840();

    @Test
    void aPlanEndingTheDayItStartsFails() {
        assertThat(breaches(rule,
                child("OPEN", episode().plan("2025-06-20", null)),
                child("LONGER", episode().plan("2025-06-20", "2025-06-21")),
                child("SAME_DAY", episode().plan("2025-06-20", "2025-06-20"))))
                .containsExactly("SAME_DAY");
    }
}
