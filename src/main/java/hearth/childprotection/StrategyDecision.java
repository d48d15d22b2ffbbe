package hearth.childprotection;

import hearth.platform.Labelled;

/** What a strategy discussion decides. */
public enum StrategyDecision implements Labelled {
    S47_SINGLE_AGENCY,
    S47_JOINT,
    NO_FURTHER_ACTION,
    CONTINUE_ASSESSMENT;

    public boolean startsEnquiry() {
        return this == S47_SINGLE_AGENCY || this == S47_JOINT;
    }

}
