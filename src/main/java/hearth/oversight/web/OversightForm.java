package hearth.oversight.web;

import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** A manager's direction on a case, as typed. */
record OversightForm(String recordedOnDay, String recordedOnMonth, String recordedOnYear, String direction) {

    /** @return the date, or null with a message in {@code errors} when it is not a real one */
    LocalDate recordedOn(InvalidInput.Errors errors) {
        return DateField.read("recordedOn", "The date", recordedOnDay, recordedOnMonth, recordedOnYear, errors);
    }
}
