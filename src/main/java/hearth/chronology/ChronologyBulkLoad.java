package hearth.chronology;

import hearth.platform.BulkCopy;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Loads many chronology entries at once, for synthetic councils and migrations. */
public final class ChronologyBulkLoad implements AutoCloseable {

    private final BulkCopy entries;

    public ChronologyBulkLoad(Connection connection) {
        entries = new BulkCopy(connection, "chronology_entry", "id", "person_id", "occurred_on", "type", "summary",
                "recorded_by_name", "recorded_at", "source_ref");
    }

    public void entry(UUID personId, LocalDate occurredOn, String type, String summary, String recordedBy,
                      Instant recordedAt) {
        entries.add(UUID.randomUUID(), personId, occurredOn, type, summary, recordedBy, recordedAt, null);
    }

    /** Call after the people the entries are about have been written. */
    public void flushIfFull() {
        if (entries.pending() >= 50_000) {
            entries.flush();
        }
    }

    @Override
    public void close() {
        entries.flush();
    }
}
