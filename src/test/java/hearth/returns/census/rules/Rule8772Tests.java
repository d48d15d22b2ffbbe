package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static hearth.returns.census.rules.EpisodeDraft.identifiers;

import org.junit.jupiter.api.Test;

class Rule8772Tests {

    private final Rule8772 rule = new Rule8772();

    @Test
    void un7IsForAChildWhoseEveryReferralHadNoFurtherAction() {
        assertThat(breaches(rule,
                child(identifiers("ALL_NFA", "2015-06-01", null, "UN7", "F", null), episode().nfa("1"), episode().nfa("TRUE")),
                child(identifiers("OTHER_REASON", "2015-06-01", null, "UN2", "F", null), episode()),
                child(identifiers("ONE_ACTION", "2015-06-01", null, "UN7", "F", null), episode().nfa("1"), episode().nfa("0")),
                child(identifiers("NO_EPISODE", "2015-06-01", null, "UN7", "F", null))))
                .containsExactly("ONE_ACTION", "NO_EPISODE");
    }
}
