package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static hearth.returns.census.rules.EpisodeDraft.identifiers;

import org.junit.jupiter.api.Test;

class Rule8915Tests {

    private final Rule8915 rule = new Rule8915();

    @Test
    void aPlanStartingAfterTheChildDiedFails() {
        assertThat(breaches(rule,
                child(identifiers("ALIVE", "2015-06-01", null, "UN1", "F", null), episode().plan("2025-06-20", null)),
                child(identifiers("SAME_DAY", "2015-06-01", null, "UN1", "F", "2025-06-20"), episode().plan("2025-06-20", null)),
                child(identifiers("AFTER", "2015-06-01", null, "UN1", "F", "2025-06-19"), episode().plan("2025-06-20", null))))
                .containsExactly("AFTER");
    }
}
