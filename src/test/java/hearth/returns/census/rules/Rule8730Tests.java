package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8730Tests {

    private final Rule8730 rule = new Rule8730();

    @Test
    void aNumberOfPreviousPlansOfZeroOrMorePassesAndAMissingOrNegativeOneFails() {
        assertThat(breaches(rule,
                child("ZERO", episode().plan("2025-06-20", null, "NEG", "NEG", "0")),
                child("SPACED", episode().plan("2025-06-20", null, "NEG", "NEG", " 2 ")),
                child("NEGATIVE", episode().plan("2025-06-20", null, "NEG", "NEG", "-1")),
                child("MISSING", episode().plan("2025-06-20", null, "NEG", "NEG", null))))
                .containsExactly("NEGATIVE", "MISSING");
    }

    @Test
    void oneNumberThatIsNotAnIntegerStopsTheValidatorSoNoChildIsReported() {
        assertThat(breaches(rule,
                child("NEGATIVE", episode().plan("2025-06-20", null, "NEG", "NEG", "-1")),
                child("WORD", episode().plan("2025-06-20", null, "NEG", "NEG", "two"))))
                .isEmpty();
    }
}
