package hearth.planning.web;

import hearth.planning.VisitDetails;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** What the visit form posts, every field as typed, so a refused form or a draft shows it back unchanged. */
record VisitForm(String visitedOnDay, String visitedOnMonth, String visitedOnYear, String visitType, String place,
                 String whoSeen, String childSeen, String seenAlone, String notSeenReason, String notAloneReason,
                 String childWords, String wordsNotRecordedReason, String observations, String homeConditions,
                 String nextVisitOnDay, String nextVisitOnMonth, String nextVisitOnYear, String formToken) {

    static final VisitForm EMPTY = new VisitForm(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    /** The visit, with each date that is not a real one reported in {@code errors} (and read as none). */
    VisitDetails details(InvalidInput.Errors errors) {
        LocalDate visited = DateField.read("visitedOn", "The date", visitedOnDay, visitedOnMonth, visitedOnYear, errors);
        LocalDate next = DateField.read("nextVisitOn", "The date", nextVisitOnDay, nextVisitOnMonth, nextVisitOnYear,
                errors);
        return new VisitDetails(visited, Choice.of(VisitDetails.Type.class, visitType),
                Choice.of(VisitDetails.Place.class, place), whoSeen, yesNo(childSeen), yesNo(seenAlone), notSeenReason,
                notAloneReason, childWords, wordsNotRecordedReason, observations, homeConditions, next);
    }

    private static Boolean yesNo(String value) {
        return value == null ? null : switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
    }
}
