package hearth.platform;

import static hearth.platform.Text.blank;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A GOV.UK date input (day, month, year boxes) read into a date, with the message the
 * design system recommends when it is incomplete or not a real date.
 */
public final class DateField {

    private DateField() {
    }

    /** @return the date, or null when all three boxes are empty */
    public static LocalDate read(String field, String label, String day, String month, String year,
                                 InvalidInput.Errors errors) {
        boolean empty = blank(day) && blank(month) && blank(year);
        if (empty) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            errors.add(field, label + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000) {
                errors.add(field, "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, label + " must be a real date");
            return null;
        }
    }

    /**
     * A form's one date, refused at once when it is not a real one (the form's other rules are
     * the domain's, checked after it).
     *
     * @return the date, or null when all three boxes are empty
     * @throws InvalidInput naming the field
     */
    public static LocalDate readOrRefuse(String field, String label, String day, String month, String year) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        LocalDate date = read(field, label, day, month, year, errors);
        errors.throwIfAny();
        return date;
    }
}
