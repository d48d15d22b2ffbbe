package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8839Tests {

    private final Rule8839 rule = new Rule8839();

    @Test
    void anEpisodeWithTwoEnquiriesAwaitingAConferenceFails() {
        assertThat(breaches(rule,
                child("ONE_OPEN", episode().enquiry("2025-06-03", "2025-06-20", "0").enquiry("2025-07-03", null, "0")),
                child("NOT_REQUIRED", episode().enquiry("2025-06-03", null, "1").enquiry("2025-07-03", null, "true")),
                child("TWO_EPISODES", episode().enquiry("2025-06-03", null, "0"), episode().enquiry("2025-07-03", null, "0")),
                child("TWO_OPEN", episode().enquiry("2025-06-03", null, "0").enquiry("2025-07-03", "2025-13-01", "TRUE"))))
                .containsExactly("TWO_OPEN");
    }
}
