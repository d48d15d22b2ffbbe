package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule2883Tests {

    private final Rule2883 rule = new Rule2883();

    @Test
    void asManyConferencesAsPlansStartingInTheYearPasses() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").conference("2025-06-20")
                .protection("2025-06-20", null)), child("C2", referred("2025-06-02").enquiry("2025-06-02", "2025-06-21")
                .protection("2025-06-21", null)), child("C3", referred("2024-06-02").protection("2024-06-20", null))))
                .isEmpty();
    }

    @Test
    void morePlansStartingInTheYearThanConferencesIsReportedForTheFile() {
        assertThat(reported(rule, child("C1", referred("2025-06-02").conference("2025-06-20")
                .protection("2025-06-20", null)), child("C2", referred("2025-03-02")
                .conference("2025-03-30").protection("2025-03-31", null)))).containsExactly((String) null);
    }
}
