package hearth.frontdoor;

/** The council's continuum of need. */
public enum ThresholdLevel {
    UNIVERSAL(1, "Level 1: universal services"),
    EARLY_HELP(2, "Level 2: early help"),
    CHILD_IN_NEED(3, "Level 3: child in need (section 17)"),
    PROTECTION(4, "Level 4: child protection or immediate protection");

    private final int level;
    private final String label;

    ThresholdLevel(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static ThresholdLevel of(int level) {
        for (ThresholdLevel t : values()) {
            if (t.level == level) {
                return t;
            }
        }
        throw new IllegalArgumentException("No threshold level " + level);
    }
}
