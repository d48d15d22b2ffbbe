package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8715Tests {

    private final Rule8715 rule = new Rule8715();

    @Test
    void aConferenceInTheYearPassesAndOneBeforeItOrAfterTheReferenceDateFails() {
        assertThat(breaches(rule,
                child("IN", episode().enquiry("2025-06-03", "2025-03-31", "0")),
                child("BEFORE", episode().enquiry("2025-03-01", "2025-03-30", "0")),
                child("AFTER", episode().enquiry("2026-03-20", "2026-04-01", "0")),
                child("NONE", episode().enquiry("2025-06-03", null, "0"), episode().enquiry("2025-06-03", "2025-13-40", "0"))))
                .containsExactly("BEFORE", "AFTER");
    }
}
