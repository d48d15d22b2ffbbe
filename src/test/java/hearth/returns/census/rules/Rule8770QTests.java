package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static hearth.returns.census.rules.EpisodeDraft.identifiers;

import org.junit.jupiter.api.Test;

class Rule8770QTests {

    private final Rule8770Q rule = new Rule8770Q();

    @Test
    void aSchoolAgeChildGoingOnToFurtherActionNeedsAUpnOrAReasonOtherThanUn1() {
        assertThat(breaches(rule,
                child(identifiers("UPN", "2015-06-01", "A123456789012", null, "F", null), episode()),
                child(identifiers("UN2", "2015-06-01", null, "UN2", "F", null), episode()),
                child(identifiers("LOWER_UN3", "2015-06-01", null, "un3", "F", null), episode()),
                child(identifiers("UNDER_AGE", "2020-09-01", null, "UN1", "F", null), episode()),
                child(identifiers("NFA", "2015-06-01", null, "UN1", "F", null), episode().nfa("1")),
                child(identifiers("UN1", "2020-08-31", null, "UN1", "F", null), episode()),
                child(identifiers("NO_REASON", "2015-06-01", null, null, "F", null), episode().nfa("False"))))
                .containsExactly("UN1", "NO_REASON");
    }
}
