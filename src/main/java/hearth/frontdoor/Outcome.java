package hearth.frontdoor;

import hearth.platform.Labelled;

/** What the front door decides to do next. An assessment or a strategy discussion makes the contact a referral. */
public enum Outcome implements Labelled {
    NO_FURTHER_ACTION(false),
    SIGNPOST(false),
    EARLY_HELP(false),
    ASSESSMENT(true),
    STRATEGY_DISCUSSION(true);

    private final boolean referral;

    Outcome(boolean referral) {
        this.referral = referral;
    }

    public boolean isReferral() {
        return referral;
    }
}
