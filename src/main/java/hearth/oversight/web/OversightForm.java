package hearth.oversight.web;

import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** A manager's direction on a case, as typed. */
record OversightForm(String recordedOnDay, String recordedOnMonth, String recordedOnYear, String direction) {

    /** @throws InvalidInput when the date is not a real one */
    LocalDate recordedOn() {
        return DateField.readOrRefuse("recordedOn", "The date", recordedOnDay, recordedOnMonth, recordedOnYear);
    }
}
