package hearth.planning.web;

import hearth.planning.PlanEnd;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** Ending a plan outside a review: when, why, and the version of the plan the form was opened at. */
record PlanEndingForm(String version, String endedOnDay, String endedOnMonth, String endedOnYear, String reason) {

    /** @throws InvalidInput when the date is not a real one */
    LocalDate endedOn() {
        return DateField.readOrRefuse("endedOn", "The date", endedOnDay, endedOnMonth, endedOnYear);
    }

    /** @return the reason, or null when none of the reasons was chosen (the plan's rule says so by the field) */
    PlanEnd end() {
        return Choice.of(PlanEnd.class, reason);
    }

    int planVersion() {
        return FormVersion.of(version);
    }
}
