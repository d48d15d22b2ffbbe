package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8832Tests {

    private final Rule8832 rule = new Rule8832();

    @Test
    void aReferralWithNoFurtherActionAndNoPlanPasses() {
        assertThat(breaches(rule,
                child("NFA", episode().nfa("1")),
                child("PLAN", episode().plan("2025-06-20", null))))
                .isEmpty();
    }

    @Test
    void theValidatorNamesTheChildOfThePlanWhosePlaceIsTheFailingEpisodesPlace() {
        // Episodes in file order: A 0, A 1, B 2, C 3 (no further action, plan), D 4, E 5.
        // Plans in file order: A 0, B 1, C 2, D 3, E 4. The failing pair is episode 3 with plan 2:
        // the validator names the child of plan 3 (D), and episode 2 is not a referral with no
        // further action, so no second child.
        assertThat(breaches(rule,
                child("A", episode().plan("2025-06-20", null), episode().closed("2025-06-10", "RC1")),
                child("B", episode().plan("2025-06-20", null)),
                child("C", episode().nfa("TRUE").plan("2025-06-20", null)),
                child("D", episode().plan("2025-06-20", null)),
                child("E", episode().plan("2025-06-20", null))))
                .containsExactly("D");
    }

    @Test
    void aFailingPlanWhosePlaceIsAnotherNoFurtherActionEpisodeNamesThatChildToo() {
        // Episodes: A 0 (no further action, no plan), B 1 (no further action, plan 0). Plans: B 0.
        // The pair is episode 1 with plan 0: no plan 1 exists, and episode 0 (A) is a referral
        // with no further action, so the validator names A.
        assertThat(breaches(rule,
                child("A", episode().nfa("1")),
                child("B", episode().nfa("1").plan("2025-06-20", null))))
                .containsExactly("A");
    }
}
