package hearth.returns.annexa;

import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period Ofsted's lists cover, both days included: inspectors usually ask for the six or
 * twelve months before the inspection. Lists that hold a child's current state (status,
 * allocated worker, latest visit) read it as on the last day.
 */
public record AnnexAPeriod(LocalDate from, LocalDate to) {

    /** Ofsted's template heads the column Sex from 2026; earlier periods keep Gender. */
    static final LocalDate SEX_HEADED_FROM = LocalDate.of(2026, 1, 1);

    public AnnexAPeriod {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (from == null) {
            errors.add("from", "Enter the first day of the period");
        }
        if (to == null) {
            errors.add("to", "Enter the last day of the period");
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "The last day must be the same as or after the first day");
        }
        errors.throwIfAny();
    }

    /** From the command line's ISO dates ({@code --from 2025-10-01 --to 2026-03-31}). */
    public static AnnexAPeriod parse(String from, String to) {
        return new AnnexAPeriod(day("from", from), day("to", to));
    }

    String sexHeader() {
        return to.isBefore(SEX_HEADED_FROM) ? "Gender" : "Sex";
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }

    private static LocalDate day(String option, String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(option, "--" + option + " must be a date such as 2026-03-31, not '" + text + "'");
        }
    }
}
