package hearth.childprotection.web;

import hearth.platform.DateField;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** The end of a section 47 enquiry and its outcome, at the version of the enquiry the form was opened at. */
record EnquiryConclusionForm(String version, String endedOnDay, String endedOnMonth, String endedOnYear,
                             String outcome) {

    /** @throws InvalidInput when the date is not a real one */
    LocalDate endedOn() {
        return DateField.readOrRefuse("endedOn", "The date", endedOnDay, endedOnMonth, endedOnYear);
    }

    int enquiryVersion() {
        return FormVersion.of(version);
    }
}
