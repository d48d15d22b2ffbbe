package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8898Tests {

    private final Rule8898 rule = new Rule8898();

    @Test
    void theValidatorStopsOnRepeatedFactorsSoHearthReportsNoChild() {
        assertThat(breaches(rule,
                child("ONCE", episode().assessment("2025-06-03", "2025-06-20", "1A", "2B")),
                child("TWICE", episode().assessment("2025-06-03", "2025-06-20", "1A", "1A"))))
                .isEmpty();
    }
}
