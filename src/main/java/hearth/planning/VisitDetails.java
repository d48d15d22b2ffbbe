package hearth.planning;

import static hearth.platform.Text.blank;

import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.TextLimit;
import java.time.LocalDate;

/**
 * A visit as the worker records it on one screen: what kind of visit and where, who was seen,
 * whether the child was seen alone (or why not), the child's own words (or why they could not
 * be written down), what the worker saw, and the next visit. The rules are here so that every
 * way in (the page, the demo, an import) records a visit the same way.
 */
public record VisitDetails(LocalDate visitedOn, Type type, Place place, String whoSeen, Boolean childSeen,
                           Boolean seenAlone, String notSeenReason, String notAloneReason, String childWords,
                           String wordsNotRecordedReason, String observations, String homeConditions,
                           LocalDate nextVisitOn) {

    /** What kind of visit it was. */
    public enum Type implements Labelled { STATUTORY, UNANNOUNCED, PLANNED_HOME, AT_SCHOOL, OFFICE_APPOINTMENT, VIRTUAL }

    /** Where the child was seen (or the visit was made). */
    public enum Place implements Labelled { HOME, SCHOOL, OFFICE, OTHER }

    void check(LocalDate today) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (visitedOn == null || visitedOn.isAfter(today)) {
            errors.add("visitedOn", "Enter the date of the visit; it cannot be in the future");
        }
        if (type == null) {
            errors.add("visitType", "Select the kind of visit");
        }
        if (place == null) {
            errors.add("place", "Select where the visit took place");
        }
        if (childSeen == null) {
            errors.add("childSeen", "Select whether the child was seen");
        } else if (!childSeen && blank(notSeenReason)) {
            errors.add("notSeenReason", "Record why the child was not seen");
        } else if (childSeen && seenAlone == null) {
            errors.add("seenAlone", "Select whether the child was seen alone");
        } else if (childSeen && !seenAlone && blank(notAloneReason)) {
            errors.add("notAloneReason", "Record why the child was not seen alone");
        }
        if (Boolean.TRUE.equals(childSeen) && blank(childWords) && blank(wordsNotRecordedReason)) {
            errors.add("childWords", "Record what the child said, or why their words could not be recorded");
        }
        if (nextVisitOn != null && visitedOn != null && !nextVisitOn.isAfter(visitedOn)) {
            errors.add("nextVisitOn", "The next visit must be after this one");
        }
        TextLimit.check(errors, "whoSeen", "Who was seen", whoSeen, TextLimit.LINE);
        TextLimit.check(errors, "notSeenReason", "Why the child was not seen", notSeenReason, TextLimit.NARRATIVE);
        TextLimit.check(errors, "notAloneReason", "Why the child was not seen alone", notAloneReason,
                TextLimit.NARRATIVE);
        TextLimit.check(errors, "childWords", "What the child said", childWords, TextLimit.NARRATIVE);
        TextLimit.check(errors, "wordsNotRecordedReason", "Why the child's words could not be recorded",
                wordsNotRecordedReason, TextLimit.NARRATIVE);
        TextLimit.check(errors, "observations", "What you saw", observations, TextLimit.NARRATIVE);
        TextLimit.check(errors, "homeConditions", "Home conditions", homeConditions, TextLimit.NARRATIVE);
        errors.throwIfAny();
    }

    String summary() {
        String visit = type.label() + " (" + place.label().toLowerCase() + "). ";
        if (!childSeen) {
            return visit + "Child not seen: " + notSeenReason.strip();
        }
        String seen = visit + (seenAlone ? "Child seen alone" : "Child seen, not alone (" + notAloneReason.strip() + ")");
        return blank(childWords) ? seen + ". Their words were not recorded: " + wordsNotRecordedReason.strip()
                : seen + ". The child said: \"" + childWords.strip() + "\"";
    }
}
