package hearth.returns.census;

import java.time.LocalDate;
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
}
