package hearth.planning;

import static hearth.platform.Text.blank;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import java.time.LocalDate;

/**
 * A visit as the worker records it on one screen: who was seen, whether the child was seen
 * alone (or why not), the child's own words, what the worker saw, and the next visit.
 */
public record VisitDetails(LocalDate visitedOn, String whoSeen, Boolean childSeen, Boolean seenAlone,
                           String notSeenReason, String notAloneReason, String childWords, String observations,
                           String homeConditions, LocalDate nextVisitOn) {

    void check(LocalDate today) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (visitedOn == null || visitedOn.isAfter(today)) {
            errors.add("visitedOn", "Enter the date of the visit; it cannot be in the future");
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
        if (nextVisitOn != null && visitedOn != null && !nextVisitOn.isAfter(visitedOn)) {
            errors.add("nextVisitOn", "The next visit must be after this one");
        }
        TextLimit.check(errors, "whoSeen", "Who was seen", whoSeen, TextLimit.LINE);
        TextLimit.check(errors, "notSeenReason", "Why the child was not seen", notSeenReason, TextLimit.NARRATIVE);
        TextLimit.check(errors, "notAloneReason", "Why the child was not seen alone", notAloneReason,
                TextLimit.NARRATIVE);
        TextLimit.check(errors, "childWords", "What the child said", childWords, TextLimit.NARRATIVE);
        TextLimit.check(errors, "observations", "What you saw", observations, TextLimit.NARRATIVE);
        TextLimit.check(errors, "homeConditions", "Home conditions", homeConditions, TextLimit.NARRATIVE);
        errors.throwIfAny();
    }

    String summary() {
        if (!childSeen) {
            return "Child not seen: " + notSeenReason.strip();
        }
        String seen = seenAlone ? "Child seen alone" : "Child seen, not alone (" + notAloneReason.strip() + ")";
        return blank(childWords) ? seen : seen + ". The child said: \"" + childWords.strip() + "\"";
    }
}
