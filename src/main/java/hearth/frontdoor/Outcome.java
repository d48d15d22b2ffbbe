package hearth.frontdoor;

import hearth.casework.Involvements;
import hearth.platform.Labelled;

/** What the front door decides to do next. An assessment or a strategy discussion makes the contact a referral. */
public enum Outcome implements Labelled {
    NO_FURTHER_ACTION(null),
    SIGNPOST(null),
    EARLY_HELP(null),
    ASSESSMENT(Involvements.Kind.ASSESSMENT),
    STRATEGY_DISCUSSION(Involvements.Kind.CHILD_PROTECTION);

    /** The work a referral opens with the child, which a team must receive; null when it opens none. */
    private final Involvements.Kind work;

    Outcome(Involvements.Kind work) {
        this.work = work;
    }

    public boolean isReferral() {
        return work != null;
    }

    Involvements.Kind work() {
        return work;
    }
}
