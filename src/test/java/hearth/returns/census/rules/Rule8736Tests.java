package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8736Tests {

    private final Rule8736 rule = new Rule8736();

    @Test
    void anOpenAssessmentStartedInTheYearPassesAndOneStartedBeforeItFails() {
        assertThat(breaches(rule,
                child("IN", episode().assessment("2025-03-31", null)),
                child("AUTHORISED", episode().assessment("2024-01-01", "2024-02-01")),
                child("BEFORE", episode().assessment("2025-03-30", null)),
                child("NO_START", episode().assessment(null, "2025-02-30"))))
                .containsExactly("BEFORE", "NO_START");
    }
}
