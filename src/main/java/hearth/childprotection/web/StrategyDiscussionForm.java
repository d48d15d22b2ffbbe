package hearth.childprotection.web;

import hearth.childprotection.StrategyDecision;
import hearth.childprotection.StrategyDiscussion;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.FormRows;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A strategy discussion as typed: when it was held, the agencies ticked, the chair, who took
 * part (rows {@code participant<n>Name}, {@code participant<n>Agency}, {@code participant<n>Role}),
 * what was shared and decided. A refused form is shown from this, so every tick and row is kept.
 * The form starts with one participant row; "Add another participant" ({@code addParticipant})
 * shows it again with one more, without JavaScript ({@link FormRows}).
 */
record StrategyDiscussionForm(String heldOnDay, String heldOnMonth, String heldOnYear, String heldAtTime,
                              List<String> agencies, String chair, List<Participant> participants, String shared,
                              String decision, String actions, String formToken, String addParticipant) {

    /** The most participant rows the form grows to. */
    static final int MOST_PARTICIPANTS = 20;

    /** A new form: social care always takes part, so it comes ticked. */
    static final StrategyDiscussionForm NEW = new StrategyDiscussionForm(null, null, null, null, List.of("SOCIAL_CARE"),
            null, List.of(Participant.EMPTY), null, null, null, null, null);

    /** One row of who took part, as typed. */
    record Participant(String name, String agency, String role) {

        static final Participant EMPTY = new Participant(null, null, null);
    }

    static StrategyDiscussionForm from(FormFields posted) {
        return posted.bindWith(StrategyDiscussionForm.class, Map.of("participants", posted.rows("participant", 1,
                FormRows.posted(posted, "participant", MOST_PARTICIPANTS), Participant.class)));
    }

    boolean addingRow() {
        return addParticipant != null;
    }

    StrategyDiscussionForm withAnotherRow() {
        return new StrategyDiscussionForm(heldOnDay, heldOnMonth, heldOnYear, heldAtTime, agencies, chair,
                FormRows.withAnother(participants, Participant.EMPTY, MOST_PARTICIPANTS), shared, decision, actions,
                formToken, null);
    }

    /** The discussion, with a date or time that cannot be read reported in {@code errors} (and read as none). */
    StrategyDiscussion discussion(InvalidInput.Errors errors) {
        return new StrategyDiscussion(heldAt(errors), agencies == null ? Set.of() : new HashSet<>(agencies), chair,
                participants == null ? List.of() : participants.stream()
                        .map(p -> new StrategyDiscussion.Participant(p.name(), p.agency(), p.role())).toList(),
                shared, Choice.of(StrategyDecision.class, decision), actions);
    }

    UUID token() {
        return FormToken.read(formToken);
    }

    /** When it was held in London, noon when no time is given. */
    private Instant heldAt(InvalidInput.Errors errors) {
        LocalDate day = DateField.read("heldOn", "The date", heldOnDay, heldOnMonth, heldOnYear, errors);
        LocalTime time = time(errors);
        return day == null ? null : day.atTime(time).atZone(WorkingCalendar.LONDON).toInstant();
    }

    private LocalTime time(InvalidInput.Errors errors) {
        try {
            return heldAtTime == null || heldAtTime.isBlank() ? LocalTime.NOON : LocalTime.parse(heldAtTime.strip());
        } catch (DateTimeParseException e) {
            errors.add("heldAtTime", "Enter the time like 14:30");
            return LocalTime.NOON;
        }
    }
}
