package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule4003Tests {

    private final Rule4003 rule = new Rule4003();

    @Test
    void aReviewOutsideEveryOpenCinPlanOrOnThePlansEndPasses() {
        assertThat(reported(rule,
                child("C1", referred("2025-06-02").plan("2025-06-03", "2025-08-01")
                        .protection("2025-08-01", "2026-01-10", "2025-10-01")),
                child("C2", referred("2025-06-02").plan("2025-06-03", "2025-12-01")
                        .protection("2025-06-20", "2025-10-01", "2025-10-01")),
                child("C3", referred("2025-06-02").plan("2025-06-03", "2025-12-01")
                        .protection("2025-06-20", null, "2025-10-01")))).isEmpty();
    }

    @Test
    void aReviewWhileACinPlanIsOpenIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").plan("2025-06-03", "2025-12-01")
                .protection("2025-06-20", "2026-01-10", "2025-10-01")))).containsExactly("C1");
    }

    @Test
    void reviewsBelongToPlansByTheirNumberWithinTheEpisodeAsTheValidatorJoinsThem() {
        assertThat(reported(rule, child("C1",
                referred("2025-04-02").plan("2025-04-03", "2025-12-01").protection("2025-05-01", "2025-05-20"),
                referred("2025-06-02").protection("2025-06-20", null, "2025-10-01")))).containsExactly("C1");
    }
}
