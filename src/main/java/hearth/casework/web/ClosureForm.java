package hearth.casework.web;

import hearth.platform.DateField;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.util.UUID;

/** A manager closing a case: when, the DfE reason and the closing summary, made once per form. */
record ClosureForm(String closedOnDay, String closedOnMonth, String closedOnYear, String reason, String summary,
                   String formToken) {

    static final ClosureForm BLANK = new ClosureForm(null, null, null, null, null, null);

    /** @throws InvalidInput when the date is not a real one */
    LocalDate closedOn() {
        return DateField.readOrRefuse("closedOn", "The date", closedOnDay, closedOnMonth, closedOnYear);
    }

    UUID token() {
        return FormToken.read(formToken);
    }
}
