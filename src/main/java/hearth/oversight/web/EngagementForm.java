package hearth.oversight.web;

import hearth.oversight.Engagement;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** A missed appointment or a refusal, as typed. */
record EngagementForm(String kind, String who, String occurredOnDay, String occurredOnMonth, String occurredOnYear,
                      String notes) {

    /** @throws InvalidInput when the date is not a real one */
    LocalDate occurredOn() {
        return DateField.readOrRefuse("occurredOn", "The date", occurredOnDay, occurredOnMonth, occurredOnYear);
    }

    /** @return what happened, or null when none was chosen (the rule says so by the field) */
    Engagement.Kind what() {
        return Choice.of(Engagement.Kind.class, kind);
    }
}
