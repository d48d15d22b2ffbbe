package hearth.childprotection;

/** How a section 47 enquiry concludes. */
public enum EnquiryOutcome {
    NOT_SUBSTANTIATED("Concerns not substantiated"),
    SUBSTANTIATED_NO_CONFERENCE("Substantiated, no conference"),
    INITIAL_CONFERENCE("Initial child protection conference");

    private final String label;

    EnquiryOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome a form posted, or none when it is blank or not one of these. */
    public static EnquiryOutcome parse(String value) {
        for (EnquiryOutcome outcome : values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        return null;
    }
}
