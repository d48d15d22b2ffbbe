package hearth.returns.census;

import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;

/**
 * The collection year a return covers, named by its reference date: the 2026 census runs from
 * 1 April 2025 to 31 March 2026. The working calendar is for the rules that count working days.
 */
public record CensusYear(int year, WorkingCalendar calendar) {

    public LocalDate referenceDate() {
        return LocalDate.of(year, 3, 31);
    }

    public LocalDate start() {
        return LocalDate.of(year - 1, 4, 1);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(referenceDate());
    }
}
