package hearth.planning.web;

import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** Starting a child in need plan: the date it started, as typed. */
record PlanStartForm(String startedOnDay, String startedOnMonth, String startedOnYear) {

    /** @throws InvalidInput when the date is not a real one */
    LocalDate startedOn() {
        return DateField.readOrRefuse("startedOn", "The date", startedOnDay, startedOnMonth, startedOnYear);
    }
}
