package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8873QTests {

    private final Rule8873Q rule = new Rule8873Q();

    @Test
    void anOnlyAssessmentWithNoFactorsNeedsClosureRc8OrRc9() {
        assertThat(breaches(rule,
                child("RC8", episode().closed("2025-07-01", "RC8").assessment("2025-06-03", "2025-06-20", "21")),
                child("FACTORS", episode().closed("2025-07-01", "RC1").assessment("2025-06-03", "2025-06-20", "1A")),
                child("TWO_ASSESSMENTS", episode().closed("2025-07-01", "RC1").assessment("2025-06-03", "2025-06-20", "21")
                        .assessment("2025-06-21", "2025-06-30", "21")),
                child("RC1", episode().closed("2025-07-01", "RC1").assessment("2025-06-03", "2025-06-20", "21")),
                child("OPEN", episode().assessment("2025-06-03", null, "1A", "21"))))
                .containsExactly("RC1", "OPEN");
    }

    @Test
    void firstAssessmentsOfChildrenSharingAnIdStillCountAsTheOnlyOne() {
        assertThat(breaches(rule,
                child("SHARED", episode().closed("2025-07-01", "RC1").assessment("2025-06-03", "2025-06-20", "21")),
                child("SHARED", episode().closed("2025-07-01", "RC8").assessment("2025-06-03", "2025-06-20", "1A"))))
                .containsExactly("SHARED");
    }
}
