package hearth.frontdoor;

import hearth.platform.Labelled;

/** Whether the family agreed to the contact, with the cases in which it may go ahead without. */
public enum Consent implements Labelled {
    GIVEN(false),
    REFUSED(true),
    NOT_SOUGHT_RISK(true),
    NOT_SOUGHT_EMERGENCY(true),
    NOT_SOUGHT_OTHER(true),
    OVERRIDDEN(true);

    private final boolean needsReason;

    Consent(boolean needsReason) {
        this.needsReason = needsReason;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
