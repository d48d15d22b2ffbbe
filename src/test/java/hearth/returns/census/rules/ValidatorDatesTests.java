package hearth.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidatorDatesTests {

    @Test
    void aDayPandasCanHoldIsADate() {
        assertThat(ValidatorDates.date("1678-01-01")).isEqualTo(LocalDate.of(1678, 1, 1));
        assertThat(ValidatorDates.date("2261-12-31")).isEqualTo(LocalDate.of(2261, 12, 31));
    }

    @Test
    void absentMalformedAndOutOfRangeDaysAreNoDate() {
        assertThat(ValidatorDates.date(null)).isNull();
        assertThat(ValidatorDates.date("2025-02-30")).isNull();
        assertThat(ValidatorDates.date("1677-09-21")).isNull();
        assertThat(ValidatorDates.date("2262-04-12")).isNull();
    }

    @Test
    void aComparisonWithNoDateIsFalse() {
        assertThat(ValidatorDates.before("2025-06-01", "2025-06-02")).isTrue();
        assertThat(ValidatorDates.before("2025-06-02", "2025-06-02")).isFalse();
        assertThat(ValidatorDates.before(null, "2025-06-02")).isFalse();
        assertThat(ValidatorDates.before("2025-06-01", "1066-01-01")).isFalse();
    }

    @Test
    void otherWaysOfWritingADayReadAsPandasReadsThem() {
        assertThat(ValidatorDates.date("2025-6-2")).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(ValidatorDates.date(" 2025/06/02 ")).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(ValidatorDates.date("20250602")).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(ValidatorDates.date("13/06/2025")).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(ValidatorDates.date("02/06/2025")).isEqualTo(LocalDate.of(2025, 2, 6));
        assertThat(ValidatorDates.date("02-06-2025")).isEqualTo(LocalDate.of(2025, 2, 6));
        assertThat(ValidatorDates.date("31/02/2025")).isNull();
    }
}
