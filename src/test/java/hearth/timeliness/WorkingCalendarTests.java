package hearth.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final WorkingCalendar calendar = new WorkingCalendar();

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse(); // Christmas Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse(); // Boxing Day substitute
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void fourWorkingHoursFromThreeOnAFridayEndAtElevenOnMonday() {
        assertThat(calendar.workingHoursAfter(london(2026, 11, 27, 15, 0), 4)).isEqualTo(london(2026, 11, 30, 11, 0));
    }

    @Test
    void workingHoursStartAtNineWhenTheContactArrivesOvernight() {
        assertThat(calendar.workingHoursAfter(london(2026, 11, 24, 22, 30), 4)).isEqualTo(london(2026, 11, 25, 13, 0));
        assertThat(calendar.workingHoursAfter(london(2026, 11, 25, 7, 0), 1)).isEqualTo(london(2026, 11, 25, 10, 0));
    }

    @Test
    void oneWorkingDayFromChristmasEveEndsAtFivePmAfterTheHolidays() {
        assertThat(calendar.workingDaysAfter(london(2026, 12, 24, 10, 0), 1)).isEqualTo(london(2026, 12, 29, 17, 0));
    }

    @Test
    void threeWorkingDaysCrossTheNewYearAndItsBankHoliday() {
        // 31 Dec 2026 is a Thursday; 1 Jan is a bank holiday; the weekend follows
        assertThat(calendar.workingDaysAfter(london(2026, 12, 31, 16, 0), 3)).isEqualTo(london(2027, 1, 6, 17, 0));
    }

    @Test
    void countingWorkingDaysSkipsEasterAndWeekends() {
        // 2 Feb to 2 Apr 2026 is 43 working days; Good Friday and Easter Monday add none
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 2))).isEqualTo(43);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 6))).isEqualTo(43);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))).isEqualTo(5);
    }

    @Test
    void britishSummerTimeIsRespected() {
        // the clocks go forward on 29 March 2026; office hours are London time either side
        assertThat(calendar.workingHoursAfter(london(2026, 3, 27, 16, 0), 2)).isEqualTo(london(2026, 3, 30, 10, 0));
    }

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(WorkingCalendar.LONDON).toInstant();
    }
}
