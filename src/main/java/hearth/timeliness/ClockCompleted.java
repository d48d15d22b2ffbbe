package hearth.timeliness;

import java.time.Instant;
import java.util.UUID;

/** A step was done: alerts raised for its clock can end. {@code personId} is null for a contact's clock. */
public record ClockCompleted(UUID personId, ClockKind kind, ClockSubject subject, Instant at) {
}
