package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8867Tests {

    private final Rule8867 rule = new Rule8867();

    @Test
    void aClosedEpisodeWithAnUnauthorisedAssessmentFails() {
        assertThat(breaches(rule,
                child("AUTHORISED", episode().closed("2025-07-01", "RC1").assessment("2025-06-03", "2025-06-20")),
                child("OPEN_EPISODE", episode().assessment("2025-06-03", null)),
                child("UNAUTHORISED", episode().closed("2025-07-01", "RC1").assessment("2025-06-03", "2025-06-31"))))
                .containsExactly("UNAUTHORISED");
    }

    @Test
    void anEpisodeIsJoinedWithTheAssessmentsOfTheSameNumberedEpisodeOfAChildSharingItsId() {
        assertThat(breaches(rule,
                child("SHARED", episode().closed("2025-07-01", "RC1")),
                child("SHARED", episode().assessment("2025-06-03", null))))
                .containsExactly("SHARED");
    }
}
