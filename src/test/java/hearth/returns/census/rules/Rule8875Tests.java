package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8875Tests {

    private final Rule8875 rule = new Rule8875();

    @Test
    void aConferenceOnASaturdayOrSundayFails() {
        assertThat(breaches(rule,
                child("FRIDAY", episode().enquiry("2025-06-03", "2025-06-06", "0")),
                child("SATURDAY", episode().enquiry("2025-06-03", "2025-06-07", "0")),
                child("SUNDAY", episode().enquiry("2025-06-03", "2025-06-08", "0")),
                child("NONE", episode().enquiry("2025-06-03", null, "0"))))
                .containsExactly("SATURDAY", "SUNDAY");
    }
}
