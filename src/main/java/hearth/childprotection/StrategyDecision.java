package hearth.childprotection;

/** What a strategy discussion decides. */
public enum StrategyDecision {
    S47_SINGLE_AGENCY("Section 47 enquiry, social care only"),
    S47_JOINT("Section 47 enquiry, jointly with police"),
    NO_FURTHER_ACTION("No further action"),
    CONTINUE_ASSESSMENT("Continue the assessment");

    private final String label;

    StrategyDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean startsEnquiry() {
        return this == S47_SINGLE_AGENCY || this == S47_JOINT;
    }
}
