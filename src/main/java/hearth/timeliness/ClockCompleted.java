package hearth.timeliness;

import java.util.UUID;

/** A step was done: alerts raised for its clock can end. */
public record ClockCompleted(UUID personId, ClockKind kind, String sourceRef) {
}
