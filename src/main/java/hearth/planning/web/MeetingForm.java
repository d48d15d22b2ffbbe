package hearth.planning.web;

import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanEnd;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.FormToken;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import hearth.platform.PostedId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting as posted, every field as typed; at a review, progress on each outcome in the
 * fields {@code progress-<outcome id>} and {@code evidence-<outcome id>}, here by outcome id; a review
 * conference's chair as the id chosen.
 */
record MeetingForm(String version, String formToken, String meetingKind, String heldOnDay, String heldOnMonth,
                   String heldOnYear, String chairId, String attendees, String summary, String childView, String ends,
                   Map<String, String> progress, Map<String, String> evidence) {

    static final String CONTINUES = "CONTINUES";

    static MeetingForm from(FormFields posted) {
        return posted.bindWith(MeetingForm.class,
                Map.of("progress", posted.keyed("progress-"), "evidence", posted.keyed("evidence-")));
    }

    /** The meeting, with a date that is not a real one reported in {@code errors} (and read as none). */
    MeetingRecord meeting(InvalidInput.Errors errors) {
        LocalDate held = DateField.read("heldOn", "The date", heldOnDay, heldOnMonth, heldOnYear, errors);
        String end = ends == null ? CONTINUES : ends;
        return new MeetingRecord(Choice.of(MeetingKind.class, meetingKind), held, attendees, summary, childView,
                outcomeProgress(), CONTINUES.equals(end) ? null : Choice.of(PlanEnd.class, end), PostedId.of(chairId));
    }

    /** Progress chosen for an outcome; one not chosen (or mangled) is left out, and a review says which it needs. */
    private Map<UUID, MeetingRecord.OutcomeProgress> outcomeProgress() {
        Map<UUID, MeetingRecord.OutcomeProgress> chosen = new LinkedHashMap<>();
        progress.forEach((outcome, value) -> {
            UUID id = PostedId.of(outcome);
            MeetingRecord.Progress made = Choice.of(MeetingRecord.Progress.class, value);
            if (id != null && made != null) {
                chosen.put(id, new MeetingRecord.OutcomeProgress(made, evidence.get(outcome)));
            }
        });
        return chosen;
    }

    int planVersion() {
        return FormVersion.of(version);
    }

    UUID token() {
        return FormToken.read(formToken);
    }
}
