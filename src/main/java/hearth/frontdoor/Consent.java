package hearth.frontdoor;

/** Whether the family agreed to the contact, with the cases in which it may go ahead without. */
public enum Consent {
    GIVEN("Given", false),
    REFUSED("Refused", true),
    NOT_SOUGHT_RISK("Not sought: seeking it would place a child at risk of significant harm", true),
    NOT_SOUGHT_EMERGENCY("Not sought: an emergency", true),
    NOT_SOUGHT_OTHER("Not sought for another reason", true),
    OVERRIDDEN("Refused, but overridden because of risk of significant harm", true);

    private final String label;
    private final boolean needsReason;

    Consent(String label, boolean needsReason) {
        this.label = label;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
