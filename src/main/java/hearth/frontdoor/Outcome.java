package hearth.frontdoor;

/** What the front door decides to do next. An assessment or a strategy discussion makes the contact a referral. */
public enum Outcome {
    NO_FURTHER_ACTION("No further action, with advice", false),
    SIGNPOST("Signpost to other services", false),
    EARLY_HELP("Early help", false),
    ASSESSMENT("Child and family assessment", true),
    STRATEGY_DISCUSSION("Strategy discussion", true);

    private final String label;
    private final boolean referral;

    Outcome(String label, boolean referral) {
        this.label = label;
        this.referral = referral;
    }

    public String label() {
        return label;
    }

    public boolean isReferral() {
        return referral;
    }
}
