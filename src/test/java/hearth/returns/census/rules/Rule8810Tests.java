package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8810Tests {

    private final Rule8810 rule = new Rule8810();

    @Test
    void aReasonForClosureNeedsAValidClosureDate() {
        assertThat(breaches(rule,
                child("CLOSED", episode().closed("2025-07-01", "RC1")),
                child("OPEN", episode()),
                child("MALFORMED_CLOSURE", episode().closed("2025-13-01", "RC1")),
                child("NO_DATE", episode().closed(null, "RC1"))))
                .containsExactly("MALFORMED_CLOSURE", "NO_DATE");
    }
}
