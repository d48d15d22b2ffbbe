package hearth.returns.census;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a census date as the councils' validator does (pandas 1.5's {@code to_datetime}, Debian's
 * version), so that Hearth and the validator see a date in the same values: the schema's
 * {@code yyyy-MM-dd}, and what an uploaded file from another system may hold instead: one-digit
 * months and days, {@code yyyy/MM/dd}, {@code yyyyMMdd}, and a day and month before the year
 * ({@code 02/06/2025} is read month first, 2 June only when the first number cannot be a month,
 * as in {@code 13/06/2025}), any of them with a time, which is ignored. Anything else, a day that
 * does not exist ({@code 2025-02-30}) or a year pandas cannot hold, is no date.
 */
public final class CensusDates {

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final int FIRST_YEAR = 1678;
    private static final int LAST_YEAR = 2261;
    private static final int MONTHS = 12;

    private CensusDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (isSchemaForm(text)) {
            // The form of nearly every date, read without a pattern: each rule reads each date again.
            return date(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        String written = text.strip();
        Matcher m = YEAR_FIRST.matcher(written);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(written);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = YEAR_LAST.matcher(written);
        if (m.matches()) {
            boolean dayFirst = Integer.parseInt(m.group(1)) > MONTHS;
            return dayFirst ? date(m.group(4), m.group(3), m.group(1)) : date(m.group(4), m.group(1), m.group(3));
        }
        return Optional.empty();
    }

    /** A date that is present but not a valid date, which some rules report on its own. */
    public static boolean malformed(String text) {
        return text != null && !text.isBlank() && parse(text).isEmpty();
    }

    /** {@code yyyy-MM-dd} exactly. */
    private static boolean isSchemaForm(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Optional<LocalDate> date(int y, int month, int day) {
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
