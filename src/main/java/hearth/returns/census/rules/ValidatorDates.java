package hearth.returns.census.rules;

import hearth.returns.census.CensusDates;
import java.time.LocalDate;

/**
 * Dates as the councils' validator compares them: an absent or malformed date is no date, and
 * every comparison with no date is false (as pandas compares with NaT).
 */
final class ValidatorDates {

    /** pandas holds dates in nanoseconds, so a day outside these is no date to the validator. */
    private static final LocalDate EARLIEST = LocalDate.of(1677, 9, 22);
    private static final LocalDate LATEST = LocalDate.of(2262, 4, 11);

    private ValidatorDates() {
    }

    /** The date written, or null when it is absent, not a date, or a date pandas cannot hold. */
    static LocalDate date(String text) {
        LocalDate day = CensusDates.parse(text).orElse(null);
        return day == null || day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
    }

    static boolean before(LocalDate earlier, LocalDate later) {
        return earlier != null && later != null && earlier.isBefore(later);
    }

    static boolean before(String earlier, String later) {
        return before(date(earlier), date(later));
    }
}
