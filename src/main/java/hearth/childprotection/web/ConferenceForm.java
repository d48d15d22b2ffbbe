package hearth.childprotection.web;

import hearth.childprotection.ChildProtection;
import hearth.platform.DateField;
import hearth.platform.FormToken;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import hearth.platform.PostedId;
import java.time.LocalDate;
import java.util.UUID;

/** An initial child protection conference as typed, made once per form, at the enquiry's version. */
record ConferenceForm(String version, String conferenceOnDay, String conferenceOnMonth, String conferenceOnYear,
                      String chairId, String attendees, String category, String delayReason, String delayAgreedBy,
                      String formToken) {

    /** @throws InvalidInput when the date is not a real one */
    ChildProtection.Conference conference() {
        LocalDate held = DateField.readOrRefuse("conferenceOn", "The date", conferenceOnDay, conferenceOnMonth,
                conferenceOnYear);
        return new ChildProtection.Conference(held, PostedId.of(chairId), attendees, category, delayReason, delayAgreedBy);
    }

    int enquiryVersion() {
        return FormVersion.of(version);
    }

    UUID token() {
        return FormToken.read(formToken);
    }
}
