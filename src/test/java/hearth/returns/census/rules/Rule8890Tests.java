package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8890Tests {

    private final Rule8890 rule = new Rule8890();

    @Test
    void anEnquiryStartingWhileAnotherAwaitsItsConferenceFails() {
        assertThat(breaches(rule,
                child("ONE_AFTER_ANOTHER", episode().enquiry("2025-06-03", "2025-06-20", "0").enquiry("2025-06-21", null, "0")),
                child("NOT_REQUIRED", episode().enquiry("2025-06-03", null, "True").enquiry("2025-06-21", null, "0")),
                child("SAME_ONE_TWICE", episode().enquiry("2025-06-03", null, "0").enquiry("2025-06-03", null, "0")),
                child("ON_CONFERENCE_DAY", episode().enquiry("2025-06-03", "2025-06-20", "0").enquiry("2025-06-20", null, "0")),
                child("WHILE_OPEN", episode().enquiry("2025-06-03", null, "0").enquiry("2025-07-01", "2025-07-20", "0"))))
                .containsExactly("ON_CONFERENCE_DAY", "WHILE_OPEN");
    }
}
