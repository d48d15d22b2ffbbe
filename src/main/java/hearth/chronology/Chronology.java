package hearth.chronology;

import hearth.access.StaffMember;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one way every capability adds a significant event to a child's chronology, and
 * the way the case file reads it back.
 */
@Service
public class Chronology {

    private final JdbcClient jdbc;

    Chronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param type a short label practitioners recognise ("Allocated", "Address changed")
     * @param sourceRef the record that the event came from, so it can be traced back
     */
    public void record(UUID personId, LocalDate occurredOn, String type, String summary, StaffMember by,
                       String sourceRef) {
        jdbc.sql("""
                INSERT INTO chronology_entry (id, person_id, occurred_on, type, summary, recorded_by,
                    recorded_by_name, recorded_at, source_ref)
                VALUES (:id, :person, :on, :type, :summary, :by, :byName, :at, :source)""")
                .param("id", UUID.randomUUID()).param("person", personId).param("on", occurredOn)
                .param("type", type).param("summary", summary).param("by", by == null ? null : by.id())
                .param("byName", by == null ? "Hearth" : by.displayName())
                .param("at", Timestamp.from(Instant.now())).param("source", sourceRef).update();
    }

    public List<Entry> entries(UUID personId, Filter filter) {
        return jdbc.sql("""
                SELECT occurred_on, type, summary, recorded_by_name, recorded_at FROM chronology_entry
                WHERE person_id = :person
                  AND (CAST(:type AS text) IS NULL OR type = :type)
                  AND (CAST(:from AS date) IS NULL OR occurred_on >= :from)
                  AND (CAST(:to AS date) IS NULL OR occurred_on <= :to)
                ORDER BY occurred_on DESC, recorded_at DESC""")
                .param("person", personId).param("type", filter.type())
                .param("from", filter.from()).param("to", filter.to())
                .query(Entry.class).list();
    }

    public List<String> types(UUID personId) {
        return jdbc.sql("SELECT DISTINCT type FROM chronology_entry WHERE person_id = :p ORDER BY type")
                .param("p", personId).query(String.class).list();
    }

    public record Entry(LocalDate occurredOn, String type, String summary, String recordedByName, Instant recordedAt) {
    }

    /** Blank parts match everything. */
    public record Filter(String type, LocalDate from, LocalDate to) {

        public static Filter all() {
            return new Filter(null, null, null);
        }
    }
}
