package hearth.timeliness;

import hearth.platform.BulkCopy;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;

/**
 * Loads many clocks at once, for synthetic councils and migrations from a council's old
 * system, with their due times from the same timescales and calendar as a clock started one
 * at a time.
 */
public final class ClocksBulkLoad implements AutoCloseable {

    private final BulkCopy clocks;
    private final Timescales timescales;

    public ClocksBulkLoad(Connection connection, Timescales timescales) {
        this.timescales = timescales;
        clocks = new BulkCopy(connection, "clock", "id", "person_id", "kind", "subject_type", "subject_id",
                "subject_number", "started_at", "due_at", "status", "completed_at", "timescale_length");
    }

    /**
     * @param personId  null for a contact's clock
     * @param completed when the step was done, or null while it is open
     */
    public void clock(UUID personId, ClockKind kind, ClockSubject subject, Instant started, Instant completed) {
        clocks.add(UUID.randomUUID(), personId, kind.name(), subject.type().name(), subject.id(), subject.number(),
                started, timescales.dueAfter(kind, started),
                (completed == null ? ClockStatus.OPEN : ClockStatus.MET).name(), completed, timescales.length(kind));
    }

    public int pending() {
        return clocks.pending();
    }

    @Override
    public void close() {
        clocks.flush();
    }
}
