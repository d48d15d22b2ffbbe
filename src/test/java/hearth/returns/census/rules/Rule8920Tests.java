package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static hearth.returns.census.rules.EpisodeDraft.identifiers;

import org.junit.jupiter.api.Test;

class Rule8920Tests {

    private final Rule8920 rule = new Rule8920();

    @Test
    void aPlanEndingAfterTheChildDiedFails() {
        assertThat(breaches(rule,
                child(identifiers("OPEN", "2015-06-01", null, "UN1", "F", "2025-07-01"), episode().plan("2025-06-20", null)),
                child(identifiers("ENDED_ON_DEATH", "2015-06-01", null, "UN1", "F", "2025-07-01"),
                        episode().plan("2025-06-20", "2025-07-01")),
                child(identifiers("AFTER", "2015-06-01", null, "UN1", "F", "2025-07-01"),
                        episode().plan("2025-06-20", "2025-07-02"))))
                .containsExactly("AFTER");
    }
}
