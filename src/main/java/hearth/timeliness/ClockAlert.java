package hearth.timeliness;

import java.time.Instant;
import java.util.UUID;

/**
 * A clock has become due soon or overdue; published once per clock and state by the scan.
 * {@code personId} is null for a contact's clock, which the hub's queue shows instead.
 */
public record ClockAlert(UUID personId, ClockKind kind, ClockSubject subject, Instant dueAt, Clocks.State state) {
}
