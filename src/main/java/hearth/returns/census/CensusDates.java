package hearth.returns.census;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a census date (xs:date, {@code yyyy-MM-dd}); anything else is no date. */
public final class CensusDates {

    private CensusDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date that is present but not a valid date, which some rules report on its own. */
    public static boolean malformed(String text) {
        return text != null && !text.isBlank() && parse(text).isEmpty();
    }

    /**
     * A header's reference date as the councils' validator reads it: year-month-day, or else
     * day/month/year (an uploaded file from an older system may write 31/03/2026).
     */
    public static Optional<LocalDate> referenceDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = parse(text.strip());
        if (iso.isPresent()) {
            return iso;
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY_MONTH_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
}
