package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8930Tests {

    private final Rule8930 rule = new Rule8930();

    @Test
    void aPlanEndInTheYearPassesAndOneOutsideItFails() {
        assertThat(breaches(rule,
                child("OPEN", episode().plan("2025-06-20", null)),
                child("FIRST_DAY", episode().plan("2024-06-20", "2025-03-31")),
                child("BEFORE", episode().plan("2024-06-20", "2025-03-30")),
                child("AFTER", episode().plan("2025-06-20", "2026-04-01"))))
                .containsExactly("BEFORE", "AFTER");
    }
}
