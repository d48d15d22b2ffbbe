package hearth.timeliness;

import hearth.platform.PersonId;
import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/**
 * What a clock times, named by the record it belongs to: a child, a contact, a request for
 * information from a partner agency, a section 47
 * enquiry, an assessment, a plan's numbered meeting or visit, or a case transfer. A clock is
 * met or cancelled by naming its kind and subject, never by rebuilding a string. The factories
 * take the owning module's typed id (timeliness cannot name those types without depending on
 * every module); the record itself keeps the plain UUID, since clock events carry it.
 *
 * @param number which of the record's meetings or visits (1 for the first); 0 when the record has only one
 */
public record ClockSubject(Type type, UUID id, int number) {

    public ClockSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public enum Type { CHILD, CONTACT, INFORMATION_REQUEST, ENQUIRY, ASSESSMENT, PLAN, TRANSFER }

    public static ClockSubject child(PersonId childId) {
        return new ClockSubject(Type.CHILD, childId.value(), 0);
    }

    public static ClockSubject contact(TypedId contactId) {
        return new ClockSubject(Type.CONTACT, contactId.value(), 0);
    }

    /** A question the hub put to a partner agency while screening a contact. */
    public static ClockSubject informationRequest(TypedId requestId) {
        return new ClockSubject(Type.INFORMATION_REQUEST, requestId.value(), 0);
    }

    /** A section 47 enquiry. */
    public static ClockSubject enquiry(TypedId enquiryId) {
        return new ClockSubject(Type.ENQUIRY, enquiryId.value(), 0);
    }

    public static ClockSubject assessment(TypedId assessmentId) {
        return new ClockSubject(Type.ASSESSMENT, assessmentId.value(), 0);
    }

    /** The {@code number}th meeting or visit of a plan; the clock's kind says which it is. */
    public static ClockSubject plan(TypedId planId, int number) {
        return new ClockSubject(Type.PLAN, planId.value(), number);
    }

    public static ClockSubject transfer(TypedId transferId) {
        return new ClockSubject(Type.TRANSFER, transferId.value(), 0);
    }
}
