package hearth.timeliness;

import java.time.Instant;
import java.util.UUID;

/**
 * A step will not happen (its enquiry, plan or case ended first): alerts raised for its clock
 * end, but it was not met. {@code personId} is null for a contact's clock.
 */
public record ClockCancelled(UUID personId, ClockKind kind, ClockSubject subject, Instant at) {
}
