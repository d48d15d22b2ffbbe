package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8863QTests {

    private final Rule8863Q rule = new Rule8863Q();

    @Test
    void anAssessmentStartingWhileAnotherIsOngoingFails() {
        assertThat(breaches(rule,
                child("ONE_AFTER_ANOTHER", episode().assessment("2025-06-03", "2025-06-20").assessment("2025-06-21", null)),
                child("SAME_ONE_TWICE", episode().assessment("2025-06-03", null).assessment("2025-06-03", null)),
                child("OTHER_EPISODE", episode().assessment("2025-06-03", null), episode().assessment("2025-06-10", null)),
                child("ON_AUTHORISATION_DAY", episode().assessment("2025-06-03", "2025-06-20").assessment("2025-06-20", null)),
                child("WHILE_OPEN", episode().assessment("2025-06-03", null).assessment("2025-07-01", "2025-07-20"))))
                .containsExactly("ON_AUTHORISATION_DAY", "WHILE_OPEN");
    }
}
