package hearth.assessment;

import hearth.platform.Labelled;

/** What a child and family assessment decides should happen next. */
public enum AssessmentOutcome implements Labelled {
    NO_FURTHER_ACTION,
    EARLY_HELP,
    CHILD_IN_NEED_PLAN,
    STRATEGY_DISCUSSION;
}
