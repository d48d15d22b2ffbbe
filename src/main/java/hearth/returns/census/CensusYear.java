package hearth.returns.census;

import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The collection year a return covers, named by its reference date: the 2026 census runs from
 * 1 April 2025 to 31 March 2026. The working calendar is for the rules that count working days.
 */
public record CensusYear(int year, WorkingCalendar calendar) {

    /** The collection year whose span holds a file header's reference date, when it is a date. */
    public static Optional<Integer> holding(String referenceDate) {
        return CensusDates.parse(referenceDate)
                .map(day -> day.getMonthValue() > 3 ? day.getYear() + 1 : day.getYear());
    }

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
