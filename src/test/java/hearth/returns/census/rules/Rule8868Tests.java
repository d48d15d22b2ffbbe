package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8868Tests {

    private final Rule8868 rule = new Rule8868();

    @Test
    void aClosedEpisodeNeedsEachEnquiryEndedByAConferenceOrNotRequiredButNotBoth() {
        assertThat(breaches(rule,
                child("CONFERENCE", episode().closed("2025-07-01", "RC1").enquiry("2025-06-03", "2025-06-20", "0")),
                child("NOT_REQUIRED", episode().closed("2025-07-01", "RC1").enquiry("2025-06-03", null, "true")),
                child("OPEN_EPISODE", episode().enquiry("2025-06-03", null, "0")),
                child("NEITHER", episode().closed("2025-07-01", "RC1").enquiry("2025-06-03", null, "TRUE")),
                child("BOTH", episode().closed("2025-07-01", "RC1").enquiry("2025-06-03", "2025-06-20", "1"))))
                .containsExactly("NEITHER", "BOTH");
    }
}
