package hearth.planning;

import hearth.platform.Labelled;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting as recorded: at a review, progress on each of the plan's outcomes and the
 * child's view of the plan; a review may end the plan ({@code ends} not null). A review
 * conference names its chair, a user whose role is to chair conferences ({@code chairId}).
 */
public record MeetingRecord(MeetingKind kind, LocalDate heldOn, String attendees, String summary, String childView,
                            Map<UUID, OutcomeProgress> progress, PlanEnd ends, UUID chairId) {

    public static MeetingRecord of(MeetingKind kind, LocalDate heldOn, String attendees, String summary, PlanEnd ends) {
        return new MeetingRecord(kind, heldOn, attendees, summary, null, Map.of(), ends, null);
    }

    /** The same meeting, chaired by this user. */
    public MeetingRecord chairedBy(UUID chair) {
        return new MeetingRecord(kind, heldOn, attendees, summary, childView, progress, ends, chair);
    }

    /** How far an outcome has come, with the evidence. */
    public record OutcomeProgress(Progress progress, String evidence) {
    }

    public enum Progress implements Labelled {
        MET, PROGRESSING, NOT_PROGRESSING;
    }
}
