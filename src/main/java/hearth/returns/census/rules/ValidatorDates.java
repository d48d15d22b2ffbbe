package hearth.returns.census.rules;

import hearth.returns.census.CensusDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the councils' validator compares them: pandas 1.5 reads each value leniently (year
 * first, or day and month with the month first when both could be, as dateutil does); what it
 * cannot read is no date, and every comparison with no date is false (as pandas compares with
 * NaT). Values with a time of day are left as no date: Hearth's files never carry them.
 */
final class ValidatorDates {

    /** pandas holds dates in nanoseconds, so a day outside these is no date to the validator. */
    private static final LocalDate EARLIEST = LocalDate.of(1677, 9, 22);
    private static final LocalDate LATEST = LocalDate.of(2262, 4, 11);
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

    private ValidatorDates() {
    }

    /** The date written, or null when it is absent, not a date, or a date pandas cannot hold. */
    static LocalDate date(String text) {
        LocalDate day = CensusDates.parse(text).orElseGet(() -> lenient(text));
        return day == null || day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
    }

    static boolean before(LocalDate earlier, LocalDate later) {
        return earlier != null && later != null && earlier.isBefore(later);
    }

    static boolean before(String earlier, String later) {
        return before(date(earlier), date(later));
    }

    private static LocalDate lenient(String text) {
        if (text == null) {
            return null;
        }
        String written = text.strip();
        Matcher yearFirst = YEAR_FIRST.matcher(written);
        if (yearFirst.matches() && (written.length() == 8 || !written.chars().allMatch(Character::isDigit))) {
            return day(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        Matcher yearLast = YEAR_LAST.matcher(written);
        if (yearLast.matches()) {
            int first = Integer.parseInt(yearLast.group(1));
            return first > 12 ? day(yearLast.group(4), yearLast.group(3), yearLast.group(1))
                    : day(yearLast.group(4), yearLast.group(1), yearLast.group(3));
        }
        return null;
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
