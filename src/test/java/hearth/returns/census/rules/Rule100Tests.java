package hearth.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule100Tests {

    private final Rule100 rule = new Rule100();

    @Test
    void theThirtyFirstOfMarchOfTheHeadersYearPasses() {
        assertThat(CensusExamples.breaches(rule, file("2026", "2026-03-31"))).isEmpty();
        assertThat(CensusExamples.breaches(rule, file("2026", "31/03/2026"))).isEmpty();
    }

    @Test
    void anyOtherOrMissingReferenceDateOrYearIsReportedForTheFile() {
        for (String[] header : new String[][] {{"2026", "2026-03-30"}, {"2025", "2026-03-31"}, {"2026", null},
                {null, "2026-03-31"}, {"26", "2026-03-31"}, {"2026", "2026-02-30"}}) {
            assertThat(CensusExamples.breaches(rule, file(header[0], header[1]))).as(String.join(",", header[0] + "",
                    header[1] + "")).containsExactly((String) null);
        }
    }

    private static CensusFile file(String year, String referenceDate) {
        return new CensusFile(new CensusFile.Header("CIN", year, referenceDate, "L", "201", "Other", "1", "1", null),
                List.of());
    }
}
