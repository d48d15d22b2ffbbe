package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8940Tests {

    private final Rule8940 rule = new Rule8940();

    @Test
    void aPlanStartingWhileAnotherIsOpenFailsUnlessBothHoldTheSamePlaceInTheirEpisodes() {
        assertThat(breaches(rule,
                child("ONE_AFTER_ANOTHER", episode().plan("2025-04-20", "2025-05-20").plan("2025-05-21", null)),
                child("ON_END_DAY", episode().plan("2025-04-20", "2025-05-20").plan("2025-05-20", null)),
                child("WHILE_OPEN", episode().plan("2025-04-20", null).plan("2025-06-20", "2025-07-20")),
                child("FIRST_OF_TWO_EPISODES", episode().plan("2025-04-20", null), episode().plan("2025-06-20", null))))
                .containsExactly("ON_END_DAY", "WHILE_OPEN");
    }
}
