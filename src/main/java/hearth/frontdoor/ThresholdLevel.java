package hearth.frontdoor;

import hearth.platform.Labelled;

/** The council's continuum of need. */
public enum ThresholdLevel implements Labelled {
    UNIVERSAL(1),
    EARLY_HELP(2),
    CHILD_IN_NEED(3),
    PROTECTION(4);

    private final int level;

    ThresholdLevel(int level) {
        this.level = level;
    }

    public int level() {
        return level;
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
