package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8896Tests {

    private final Rule8896 rule = new Rule8896();

    @Test
    void anEpisodeWithTwoUnauthorisedAssessmentsFails() {
        assertThat(breaches(rule,
                child("ONE_OPEN", episode().assessment("2025-06-03", "2025-06-20").assessment("2025-06-21", null)),
                child("TWO_EPISODES", episode().assessment("2025-06-03", null), episode().assessment("2025-06-21", null)),
                child("TWO_OPEN", episode().assessment("2025-06-03", null).assessment("2025-06-21", "2025-02-30"))))
                .containsExactly("TWO_OPEN");
    }
}
