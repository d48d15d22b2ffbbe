package hearth.planning;

import hearth.platform.Labelled;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting as recorded: at a review, progress on each of the plan's outcomes and the
 * child's view of the plan; a review may end the plan ({@code ends} not null).
 */
public record MeetingRecord(MeetingKind kind, LocalDate heldOn, String attendees, String summary, String childView,
                            Map<UUID, OutcomeProgress> progress, PlanEnd ends) {

    public static MeetingRecord of(MeetingKind kind, LocalDate heldOn, String attendees, String summary, PlanEnd ends) {
        return new MeetingRecord(kind, heldOn, attendees, summary, null, Map.of(), ends);
    }

    /** How far an outcome has come, with the evidence. */
    public record OutcomeProgress(Progress progress, String evidence) {
    }

    public enum Progress implements Labelled {
        MET, PROGRESSING, NOT_PROGRESSING;
    }
}
