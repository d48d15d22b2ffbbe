package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8831Tests {

    private final Rule8831 rule = new Rule8831();

    @Test
    void aReferralWithNoFurtherActionHasNoConferenceEnquiryOrAssessmentDates() {
        assertThat(breaches(rule,
                child("QUIET", episode().nfa("1")),
                child("ACTION", episode().conference("2025-06-20").assessment("2025-06-03", null)),
                child("NFA_WORD_IN_CAPITALS", episode().nfa("True").assessment("2025-06-03", null)),
                child("CONFERENCE", episode().nfa("1").conference("2025-06-20")),
                child("ENQUIRY", episode().nfa("true").enquiry("2025-06-03", null, "0")),
                child("AUTHORISED", episode().nfa("1").assessment(null, "2025-06-20"))))
                .containsExactly("CONFERENCE", "ENQUIRY", "AUTHORISED");
    }
}
