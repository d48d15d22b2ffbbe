package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8816Tests {

    private final Rule8816 rule = new Rule8816();

    @Test
    void anOpenEpisodeGoingOnToFurtherActionMustBeTheLatestReferral() {
        assertThat(breaches(rule,
                child("LATEST_OPEN", episode().referred("2025-04-02").closed("2025-05-01", "RC1"), episode()),
                child("EARLIER_OPEN", episode(), episode().referred("2025-08-01").closed("2025-09-01", "RC1")),
                child("SAME_DAY_SECOND_OPEN", episode().closed("2025-09-01", "RC1"), episode()),
                child("EARLIER_OPEN_NFA", episode().nfa("1"), episode().referred("2025-08-01").closed("2025-09-01", "RC1"))))
                .containsExactly("EARLIER_OPEN", "SAME_DAY_SECOND_OPEN");
    }
}
