package hearth.assessment;

/** What a child and family assessment decides should happen next. */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION("No further action"),
    EARLY_HELP("Early help"),
    CHILD_IN_NEED_PLAN("Child in need plan"),
    STRATEGY_DISCUSSION("Strategy discussion: reasonable cause to suspect significant harm");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
