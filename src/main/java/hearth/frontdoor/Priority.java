package hearth.frontdoor;

/** The hub's screening priority: red within 4 working hours; amber and green by the 1-working-day decision. */
public enum Priority {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A referrer's urgency sets the first priority; the hub may change it. */
    public static Priority fromUrgency(String urgency) {
        return switch (urgency == null ? "" : urgency) {
            case "IMMEDIATE" -> RED;
            case "URGENT" -> AMBER;
            default -> GREEN;
        };
    }
}
