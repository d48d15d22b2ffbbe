package hearth.frontdoor;

import hearth.platform.Labelled;

/** The hub's screening priority: red within 4 working hours; amber and green by the 1-working-day decision. */
public enum Priority implements Labelled {
    RED, AMBER, GREEN;

    /** A referrer's urgency sets the first priority; the hub may change it. */
    public static Priority fromUrgency(String urgency) {
        return switch (urgency == null ? "" : urgency) {
            case "IMMEDIATE" -> RED;
            case "URGENT" -> AMBER;
            default -> GREEN;
        };
    }

}
