package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8820Tests {

    private final Rule8820 rule = new Rule8820();

    @Test
    void anEpisodeReferredBeforeTheLastClosedPassesAndOneReferredWhileAnotherIsOpenFails() {
        assertThat(breaches(rule,
                child("ONE_AFTER_ANOTHER", episode().referred("2025-04-02").closed("2025-05-01", "RC1"),
                        episode().referred("2025-05-01")),
                child("INSIDE", episode().referred("2025-04-02").closed("2025-06-01", "RC1"),
                        episode().referred("2025-05-01").closed("2025-05-20", "RC1")),
                child("WHILE_OPEN", episode().referred("2025-04-02"), episode().referred("2025-05-01").closed("2025-05-20", "RC1")),
                child("WHILE_OPEN_NFA", episode().referred("2025-04-02").nfa("1"),
                        episode().referred("2025-05-01").closed("2025-05-20", "RC1"))))
                .containsExactly("INSIDE", "WHILE_OPEN");
    }
}
