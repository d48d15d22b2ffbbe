package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8815Tests {

    private final Rule8815 rule = new Rule8815();

    @Test
    void twoOpenEpisodesGoingOnToFurtherActionFail() {
        assertThat(breaches(rule,
                child("ONE_OPEN", episode().referred("2025-04-02").closed("2025-05-01", "RC1"), episode()),
                child("OPEN_NFA", episode(), episode().nfa("1")),
                child("OPEN_FALSE_WORD", episode(), episode().nfa("False")),
                child("TWO_OPEN", episode(), episode().referred("2025-04-02").nfa("false"))))
                .containsExactly("TWO_OPEN");
    }

    @Test
    void childrenSharingAnIdAreOneChildAsTheValidatorJoinsThem() {
        assertThat(breaches(rule, child("TWICE", episode()), child("OTHER", episode()), child("TWICE", episode())))
                .containsExactly("TWICE", "TWICE");
    }
}
