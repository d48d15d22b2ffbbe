package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8720Tests {

    private final Rule8720 rule = new Rule8720();

    @Test
    void aPlanStartedByTheReferenceDatePassesAndAMissingOrLaterStartFails() {
        assertThat(breaches(rule,
                child("EARLY", episode().plan("2020-01-01", null)),
                child("ON", episode().plan("2026-03-31", null)),
                child("LATE", episode().plan("2026-04-01", null)),
                child("MISSING", episode().plan(null, null)),
                child("MALFORMED", episode().plan("2025-02-30", null))))
                .containsExactly("LATE", "MISSING", "MALFORMED");
    }
}
