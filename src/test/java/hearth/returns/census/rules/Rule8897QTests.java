package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.reference.CodeLists;
import org.junit.jupiter.api.Test;

class Rule8897QTests {

    private final Rule8897Q rule = new Rule8897Q(new CodeLists());

    @Test
    void anAssessmentAuthorisedInTheYearWithNoFactorsFails() {
        assertThat(breaches(rule,
                child("LISTED", episode().assessment("2025-06-03", "2025-06-20", "1A", "21")),
                child("OPEN", episode().assessment("2025-06-03", null)),
                child("LAST_YEAR", episode().assessment("2024-06-03", "2025-03-30")),
                child("NO_FACTORS", episode().assessment("2025-06-03", "2025-03-31"))))
                .containsExactly("NO_FACTORS");
    }

    @Test
    void oneUnlistedFactorOnAnAssessmentOfTheYearStopsTheValidatorSoNoChildIsReported() {
        assertThat(breaches(rule,
                child("NO_FACTORS", episode().assessment("2025-06-03", "2025-06-20")),
                child("UNLISTED", episode().assessment("2025-06-03", "2025-06-20", "1A", "99"))))
                .isEmpty();
    }

    @Test
    void factorsAreSharedBetweenTheSamePlaceInTwoEpisodesOfAChild() {
        // An earlier episode's first assessment names an empty factor; the validator joins it to
        // the later episode's first assessment too, authorised in the year, and stops.
        assertThat(breaches(rule,
                child("NO_FACTORS", episode().assessment("2025-06-03", "2025-06-20")),
                child("SHARED", episode().referred("2024-06-02").closed("2024-09-01", "RC1")
                        .assessment("2024-06-03", "2024-06-20", ""), episode().assessment("2025-06-03", "2025-06-20", "1A"))))
                .isEmpty();
    }
}
