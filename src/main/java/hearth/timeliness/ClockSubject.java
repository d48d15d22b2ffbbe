package hearth.timeliness;

import hearth.platform.PersonId;
import java.util.Objects;
import java.util.UUID;

/**
 * What a clock times, named by the record it belongs to: a child, a contact, a section 47
 * enquiry, an assessment, a plan's numbered meeting or visit, or a case transfer. A clock is
 * met or cancelled by naming its kind and subject, never by rebuilding a string.
 *
 * @param number which of the record's meetings or visits (1 for the first); 0 when the record has only one
 */
public record ClockSubject(Type type, UUID id, int number) {

    public ClockSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public enum Type { CHILD, CONTACT, ENQUIRY, ASSESSMENT, PLAN, TRANSFER }

    public static ClockSubject child(PersonId childId) {
        return new ClockSubject(Type.CHILD, childId.value(), 0);
    }

    public static ClockSubject contact(UUID contactId) {
        return new ClockSubject(Type.CONTACT, contactId, 0);
    }

    /** A section 47 enquiry. */
    public static ClockSubject enquiry(UUID enquiryId) {
        return new ClockSubject(Type.ENQUIRY, enquiryId, 0);
    }

    public static ClockSubject assessment(UUID assessmentId) {
        return new ClockSubject(Type.ASSESSMENT, assessmentId, 0);
    }

    /** The {@code number}th meeting or visit of a plan; the clock's kind says which it is. */
    public static ClockSubject plan(UUID planId, int number) {
        return new ClockSubject(Type.PLAN, planId, number);
    }

    public static ClockSubject transfer(UUID transferId) {
        return new ClockSubject(Type.TRANSFER, transferId, 0);
    }
}
