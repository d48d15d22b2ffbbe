package hearth.returns.census.rules;

import hearth.returns.census.CensusDates;
import java.time.LocalDate;

/**
 * Dates as the councils' validator compares them: an absent or malformed date is no date, and
 * every comparison with no date is false (as pandas compares with NaT).
 */
final class ValidatorDates {

    private ValidatorDates() {
    }

    /** The date written, or null when it is absent or not a date. */
    static LocalDate date(String text) {
        return CensusDates.parse(text).orElse(null);
    }

    static boolean before(LocalDate earlier, LocalDate later) {
        return earlier != null && later != null && earlier.isBefore(later);
    }

    static boolean before(String earlier, String later) {
        return before(date(earlier), date(later));
    }

    /** The dates of death recorded for children who share an id, which the validator joins as one child. */
    static java.util.List<LocalDate> deathsOf(java.util.List<hearth.returns.census.CensusFile.Child> sameId) {
        return sameId.stream().map(child -> date(child.identifiers().personDeathDate()))
                .filter(java.util.Objects::nonNull).toList();
    }
}
