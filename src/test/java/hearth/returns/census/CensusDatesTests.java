package hearth.returns.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The expected dates are what pandas 1.5.3's to_datetime gave for each text (run by hand). */
class CensusDatesTests {

    @Test
    void readsTheDatesThePandasOfTheCouncilsValidatorReads() {
        LocalDate june2 = LocalDate.of(2025, 6, 2);
        for (String text : new String[] {"2025-06-02", " 2025-06-02 ", "2025-6-2", "2025/06/02", "20250602",
                "06/02/2025", "6/2/2025", "2025-06-02T10:00:00", "2025-06-02 10:00"}) {
            assertThat(CensusDates.parse(text)).as(text).contains(june2);
        }
        assertThat(CensusDates.parse("13/06/2025")).contains(LocalDate.of(2025, 6, 13));
        assertThat(CensusDates.parse("02/06/2025")).contains(LocalDate.of(2025, 2, 6));
        assertThat(CensusDates.parse("31/03/2026")).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void anythingElseIsNoDate() {
        for (String text : new String[] {"2025-02-30", "2025-13-01", "13/13/2025", "02/30/2025", "0001-01-01",
                "9999-12-31", "2025-06-02x", "2025-06-02Z", "not a date", "", "   "}) {
            assertThat(CensusDates.parse(text)).as(text).isEmpty();
        }
        assertThat(CensusDates.parse(null)).isEmpty();
        assertThat(CensusDates.malformed("2025-02-30")).isTrue();
        assertThat(CensusDates.malformed(" ")).isFalse();
    }
}
