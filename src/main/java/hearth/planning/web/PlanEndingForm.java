package hearth.planning.web;

import hearth.planning.PlanEnd;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** Ending a plan outside a review: when, why, and the version of the plan the form was opened at. */
record PlanEndingForm(String version, String endedOnDay, String endedOnMonth, String endedOnYear, String reason) {

    /** @return the date, or null with a message in {@code errors} when it is not a real one */
    LocalDate endedOn(InvalidInput.Errors errors) {
        return DateField.read("endedOn", "The date", endedOnDay, endedOnMonth, endedOnYear, errors);
    }

    /** @return the reason, or null when none of the reasons was chosen (the plan's rule says so by the field) */
    PlanEnd end() {
        return Choice.of(PlanEnd.class, reason);
    }

    int planVersion() {
        return FormVersion.of(version);
    }
}
