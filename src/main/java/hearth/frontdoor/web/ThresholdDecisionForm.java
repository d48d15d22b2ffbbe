package hearth.frontdoor.web;

import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.platform.Choice;
import hearth.platform.FormVersion;

/** The hub's decision on a contact: the level of need, why, and what happens next, at the contact's version. */
record ThresholdDecisionForm(String version, String thresholdLevel, String rationale, String outcome) {

    int contactVersion() {
        return FormVersion.of(version);
    }

    /** @return the level, or null when none of the levels was chosen (the rule says so by the field) */
    ThresholdLevel level() {
        return levelOf(thresholdLevel);
    }

    /** A level posted as its number; null when blank or not a level. */
    static ThresholdLevel levelOf(String posted) {
        try {
            return posted == null || posted.isBlank() ? null : ThresholdLevel.of(Integer.parseInt(posted.strip()));
        } catch (IllegalArgumentException notALevel) {
            return null;
        }
    }

    /** @return the outcome, or null when none was chosen */
    Outcome next() {
        return Choice.of(Outcome.class, outcome);
    }
}
