package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8805Tests {

    private final Rule8805 rule = new Rule8805();

    @Test
    void aClosedEpisodeNeedsAReason() {
        assertThat(breaches(rule,
                child("REASON", episode().closed("2025-07-01", "RC1")),
                child("OPEN", episode()),
                child("MALFORMED_CLOSURE", episode().closed("2025-13-01", null)),
                child("NO_REASON", episode().closed("2025-07-01", null))))
                .containsExactly("NO_REASON");
    }
}
