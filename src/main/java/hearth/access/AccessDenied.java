package hearth.access;

import hearth.platform.PersonId;

/** Thrown when a user may not open a record; the web layer shows "you do not have access". */
public class AccessDenied extends RuntimeException {

    private final PersonId personId;
    private final boolean reasonWouldAllow;

    public AccessDenied(PersonId personId, boolean reasonWouldAllow) {
        super(reasonWouldAllow ? "a reason is required to open this record" : "you do not have access to this record");
        this.personId = personId;
        this.reasonWouldAllow = reasonWouldAllow;
    }

    public PersonId personId() {
        return personId;
    }

    /** True when stating a reason (out of hours, administrators) would open the record. */
    public boolean reasonWouldAllow() {
        return reasonWouldAllow;
    }
}
