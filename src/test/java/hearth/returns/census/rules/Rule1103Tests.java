package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.person;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule1103Tests {

    private final Rule1103 rule = new Rule1103();

    @Test
    void anAssessmentOnOrAfterTheReferralOrWithoutAStartPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").assessment("2025-06-02").assessment(null)),
                child("C2", referred(null).assessment("2025-01-01")))).isEmpty();
    }

    @Test
    void anAssessmentStartingBeforeItsReferralIsReported() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").assessment("2025-06-01")),
                child("C2", referred("2025-06-02"), referred("2025-09-01").assessment("2025-08-31"))))
                .containsExactly("C1", "C2");
    }

    @Test
    void childrenSharingAnIdShareTheirEpisodesByNumberAsTheValidatorJoinsThem() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").assessment("2025-06-05")),
                child("C1", referred("2025-07-01")))).containsExactly("C1");
    }
}
