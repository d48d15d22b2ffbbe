package hearth.frontdoor.web;

import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.platform.Choice;
import hearth.platform.FormVersion;

/** A hub manager's own decision, authorised in place of the practitioner's, and why. */
record AuthorisationChangeForm(String version, String changedLevel, String changedOutcome, String changeReason) {

    int contactVersion() {
        return FormVersion.of(version);
    }

    ThresholdLevel level() {
        return ThresholdDecisionForm.levelOf(changedLevel);
    }

    Outcome next() {
        return Choice.of(Outcome.class, changedOutcome);
    }
}
