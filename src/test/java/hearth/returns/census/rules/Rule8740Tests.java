package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8740Tests {

    private final Rule8740 rule = new Rule8740();

    @Test
    void anEnquiryWithNoConferenceStartedOutsideTheYearFailsOnlyWhenNotRequiredIsExactlyZero() {
        assertThat(breaches(rule,
                child("IN", episode().enquiry("2025-06-03", null, "0")),
                child("HELD", episode().enquiry("2024-06-03", "2024-06-20", "0")),
                child("FALSE_WORD", episode().enquiry("2024-06-03", null, "false")),
                child("BEFORE", episode().enquiry("2024-06-03", null, "0")),
                child("NO_START", episode().enquiry(null, null, "0"))))
                .containsExactly("BEFORE");
    }
}
