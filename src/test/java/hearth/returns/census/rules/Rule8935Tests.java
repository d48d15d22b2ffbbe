package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8935Tests {

    private final Rule8935 rule = new Rule8935();

    @Test
    void twoOpenPlansFailOnlyWhenTheyHoldTheSamePlaceInTwoEpisodes() {
        assertThat(breaches(rule,
                child("ONE_OPEN", episode().plan("2025-04-20", "2025-05-20").plan("2025-06-20", null)),
                child("SAME_EPISODE", episode().plan("2025-04-20", null).plan("2025-06-20", null)),
                child("FIRST_OF_TWO_EPISODES", episode().plan("2025-04-20", null), episode().plan("2025-06-20", null))))
                .containsExactly("FIRST_OF_TWO_EPISODES");
    }
}
