package hearth.timeliness;

import hearth.platform.BulkCopy;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;

/**
 * Loads many open clocks at once (the clock benchmark's national-size set of cases), so
 * that another module need not name the clock table. The due time is stored as given;
 * {@link Clocks#recomputeAll()} applies the rules.
 */
public final class ClockBulkLoad implements AutoCloseable {

    private final BulkCopy clocks;

    public ClockBulkLoad(Connection connection) {
        clocks = new BulkCopy(connection, "clock", "id", "person_id", "kind", "source_ref", "started_at", "due_at");
    }

    public void open(UUID personId, ClockKind kind, String sourceRef, Instant startedAt, Instant dueAt) {
        clocks.add(UUID.randomUUID(), personId, kind.name(), sourceRef, startedAt, dueAt);
        if (clocks.pending() >= 50_000) {
            clocks.flush();
        }
    }

    @Override
    public void close() {
        clocks.flush();
    }
}
