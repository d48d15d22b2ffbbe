package hearth.assessment.web;

import hearth.assessment.Assessment;
import hearth.assessment.AssessmentOutcome;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment as typed, or as stored: the ticked events of the family history
 * ({@code history}) and factors ({@code factors}) are posted once for each box ticked.
 * {@code action=submit} sends it for authorisation; anything else saves the draft.
 */
record AssessmentForm(String version, String action, String seenBy, String seenOnDay, String seenOnMonth,
                      String seenOnYear, String seenAlone, String notAloneReason, String livedExperience,
                      String childWords, List<String> history, String historyMeaning, String parentingCapacity,
                      String familyEnvironment, String impact, String analysis, String parentalEngagement,
                      List<String> factors, String outcome, String lateReason) {

    AssessmentForm {
        history = history == null ? List.of() : List.copyOf(history);
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    static AssessmentForm of(Assessment assessment) {
        Assessment.Content c = assessment.content();
        LocalDate seen = c.seenOn();
        return new AssessmentForm(String.valueOf(assessment.version()), null, c.seenBy(),
                seen == null ? null : String.valueOf(seen.getDayOfMonth()),
                seen == null ? null : String.valueOf(seen.getMonthValue()),
                seen == null ? null : String.valueOf(seen.getYear()),
                c.seenAlone() == null ? null : c.seenAlone().toString(), c.notAloneReason(), c.livedExperience(),
                c.childWords(), c.significantHistory(), c.historyMeaning(), c.parentingCapacity(),
                c.familyEnvironment(), c.impact(), c.analysis(), c.parentalEngagement(), c.factors(),
                c.outcome() == null ? null : c.outcome().name(), c.lateReason());
    }

    /** What the worker wrote, with a date that is not a real one reported in {@code errors} (and read as none). */
    Assessment.Content content(InvalidInput.Errors errors) {
        LocalDate seenOn = DateField.read("seenOn", "The date the child was seen", seenOnDay, seenOnMonth, seenOnYear,
                errors);
        Boolean alone = seenAlone == null || seenAlone.isBlank() ? null : Boolean.valueOf(seenAlone.strip());
        return new Assessment.Content(seenBy, seenOn, alone, notAloneReason, livedExperience, childWords, history,
                historyMeaning, parentingCapacity, familyEnvironment, impact, analysis, parentalEngagement, factors,
                Choice.of(AssessmentOutcome.class, outcome), lateReason);
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    int assessmentVersion() {
        return FormVersion.of(version);
    }

    /** The same text at the version a saved draft now has. */
    AssessmentForm at(int newVersion) {
        return new AssessmentForm(String.valueOf(newVersion), null, seenBy, seenOnDay, seenOnMonth, seenOnYear,
                seenAlone, notAloneReason, livedExperience, childWords, history, historyMeaning, parentingCapacity,
                familyEnvironment, impact, analysis, parentalEngagement, factors, outcome, lateReason);
    }
}
