package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8565Tests {

    private final Rule8565 rule = new Rule8565();

    @Test
    void activityOnOrBeforeTheClosurePasses() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC1").conference("2025-09-01")
                .assessment("2025-06-03", "2025-09-01").enquiry("2025-06-03", "2025-09-01", "0")
                .plan("2025-06-04", "2025-09-01")), child("C2", episode().conference("2025-10-01")))).isEmpty();
    }

    @Test
    void activityAfterTheClosureIsReported() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC1").conference("2025-09-02")),
                child("C2", episode().closed("2025-09-01", "RC1").assessment("2025-06-03", "2025-09-02")),
                child("C3", episode().closed("2025-09-01", "RC1").enquiry("2025-09-02", null, "0")),
                child("C4", episode().closed("2025-09-01", "RC1").plan("2025-06-04", "2025-09-02")),
                child("C5", episode().closed(null, null).plan("2025-06-04", "2025-09-02")), child("C6", episode())))
                .containsExactly("C1", "C2", "C3", "C4");
    }

    @Test
    void nothingIsReportedWhenLatePlansAndLateEnquiriesDifferInNumber() {
        // the validator fails on this file and reports no 8565 at all
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC1").conference("2025-09-02")),
                child("C3", episode().closed("2025-09-01", "RC1").plan("2025-06-04", "2025-09-02")
                        .plan("2025-06-04", "2025-09-03").enquiry("2025-09-02", null, "0")))).isEmpty();
    }

    @Test
    void lateEnquiriesWithNoLatePlanAreReported() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC1").conference("2025-09-02")),
                child("C3", episode().closed("2025-09-01", "RC1").enquiry("2025-09-02", null, "0")
                        .enquiry("2025-09-03", null, "0")))).containsExactly("C1", "C3", "C3");
    }

    @Test
    void protectionPlansAreNotCompared() {
        assertThat(reported(rule, child("C1", episode().closed("2025-09-01", "RC1").protection("2025-06-04", "2025-09-10"))))
                .isEmpty();
    }
}
