package hearth.assessment.web;

import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** Starting an assessment from the child's record: the referral date its 45 working days run from. */
record AssessmentStartForm(String referredOnDay, String referredOnMonth, String referredOnYear) {

    /** @throws InvalidInput when the date is not a real one */
    LocalDate referredOn() {
        return DateField.readOrRefuse("referredOn", "The date", referredOnDay, referredOnMonth, referredOnYear);
    }
}
