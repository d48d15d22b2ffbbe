package hearth.timeliness;

import java.time.Instant;
import java.util.UUID;

/** A clock has become due soon or overdue; published once per clock and state by the scan. */
public record ClockAlert(UUID personId, ClockKind kind, String sourceRef, Instant dueAt, Clocks.State state) {
}
