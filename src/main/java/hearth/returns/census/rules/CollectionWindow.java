package hearth.returns.census.rules;

import hearth.returns.census.CensusDates;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;

/**
 * The census period as the councils' validator takes it: it ends on the file header's
 * ReferenceDate (the year's 31 March when the header has none) and starts one year earlier, so
 * the day of the previous census counts in this one. Councils compare Hearth's findings with
 * the validator's child by child, so the rules use its period, not {@link CensusYear#start()}.
 */
record CollectionWindow(LocalDate start, LocalDate end, WorkingCalendar calendar) {

    static CollectionWindow of(CensusFile file, CensusYear year) {
        String written = file.header() != null ? file.header().referenceDate() : null;
        LocalDate end = CensusDates.parse(written).orElse(year.referenceDate());
        return new CollectionWindow(end.minusYears(1), end, year.calendar());
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The validator's "{@code day} minus {@code days} working days", counting both ends: a day that
     * is not a working day first moves forward to the next one, then the count steps back
     * {@code days - 1} working days (so one working day before a Monday is that Monday).
     */
    LocalDate workingDaysBefore(LocalDate day, int days) {
        LocalDate counted = day;
        while (!calendar.isWorkingDay(counted)) {
            counted = counted.plusDays(1);
        }
        for (int left = days - 1; left > 0; ) {
            counted = counted.minusDays(1);
            if (calendar.isWorkingDay(counted)) {
                left--;
            }
        }
        return counted;
    }
}
