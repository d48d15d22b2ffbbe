package hearth.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionWindowTests {

    @Test
    void thePeriodEndsOnTheHeadersReferenceDateAndStartsAYearEarlier() {
        CollectionWindow window = CollectionWindow.of(withReferenceDate("2023-03-28"), CensusExamples.YEAR_2026);
        assertThat(window.start()).isEqualTo(LocalDate.of(2022, 3, 28));
        assertThat(window.end()).isEqualTo(LocalDate.of(2023, 3, 28));
    }

    @Test
    void aHeaderWithNoReferenceDateTakesTheYearsThirtyFirstOfMarch() {
        CollectionWindow window = CollectionWindow.of(withReferenceDate("31/03/2026x"), CensusExamples.YEAR_2026);
        assertThat(window.start()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(window.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void workingDaysBeforeCountBothEndsAndSkipBankHolidays() {
        CollectionWindow window = CollectionWindow.of(CensusExamples.file(), CensusExamples.YEAR_2026);
        assertThat(window.workingDaysBefore(LocalDate.of(2025, 12, 29), 3)).isEqualTo(LocalDate.of(2025, 12, 23));
        assertThat(window.workingDaysBefore(LocalDate.of(2026, 3, 31), 45)).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(window.workingDaysBefore(LocalDate.of(2025, 3, 31), 1)).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aDayOffFirstMovesForwardToTheNextWorkingDay() {
        CollectionWindow window = CollectionWindow.of(CensusExamples.file(), CensusExamples.YEAR_2026);
        assertThat(window.workingDaysBefore(LocalDate.of(2026, 3, 28), 1)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(window.workingDaysBefore(LocalDate.of(2026, 3, 28), 45)).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(window.workingDaysBefore(LocalDate.of(2026, 1, 1), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    private static CensusFile withReferenceDate(String referenceDate) {
        CensusFile.Header clean = CensusExamples.header();
        return new CensusFile(new CensusFile.Header(clean.collection(), clean.year(), referenceDate, clean.sourceLevel(),
                clean.lea(), clean.softwareCode(), clean.release(), clean.serialNo(), clean.dateTime()), List.of());
    }
}
