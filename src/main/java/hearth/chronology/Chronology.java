package hearth.chronology;

import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
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

    /** Entries that name another person say so in their source, for example "relationship:" and the relative's id. */
    private static final String NAMES_A_RELATIVE = "relationship:";

    private final JdbcClient jdbc;
    private final RestrictionFilter restrictions;
    private final Clock clock;

    Chronology(JdbcClient jdbc, RestrictionFilter restrictions, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.restrictions = restrictions;
    }

    /**
     * @param type a short label practitioners recognise ("Allocated", "Address changed")
     * @param sourceRef the record that the event came from, so it can be traced back
     */
    public void record(PersonId personId, LocalDate occurredOn, String type, String summary, StaffMember by,
                       String sourceRef) {
        jdbc.sql("""
                INSERT INTO chronology_entry (id, person_id, occurred_on, type, summary, recorded_by,
                    recorded_by_name, recorded_at, source_ref)
                VALUES (:id, :person, :on, :type, :summary, :by, :byName, :at, :source)""")
                .param("id", UUID.randomUUID()).param("person", personId).param("on", occurredOn)
                .param("type", type).param("summary", summary).param("by", by == null ? null : by.id())
                .param("byName", by == null ? "Hearth" : by.displayName())
                .param("at", Timestamp.from(clock.instant())).param("source", sourceRef).update();
    }

    /**
     * The entries as this user may see them: one naming a relative whose record is restricted
     * and does not name the user keeps its place but not the relative's name.
     */
    public List<Entry> entries(PersonId personId, Filter filter, StaffMember viewer) {
        List<Sourced> all = sourced(personId, filter);
        RestrictionFilter.Visibility visibility = restrictions.check(viewer, "Chronology",
                all.stream().map(Sourced::namedPerson).toList());
        return all.stream().map(e -> visibility.hides(e.namedPerson()) ? e.entry().aboutRestricted() : e.entry())
                .toList();
    }

    /** Every entry as written, for checks on the record itself; what a user is shown goes through the one above. */
    public List<Entry> entries(PersonId personId, Filter filter) {
        return sourced(personId, filter).stream().map(Sourced::entry).toList();
    }

    private List<Sourced> sourced(PersonId personId, Filter filter) {
        return jdbc.sql("""
                SELECT occurred_on, type, summary, recorded_by_name, recorded_at, source_ref FROM chronology_entry
                WHERE person_id = :person
                  AND (CAST(:type AS text) IS NULL OR type = :type)
                  AND (CAST(:from AS date) IS NULL OR occurred_on >= :from)
                  AND (CAST(:to AS date) IS NULL OR occurred_on <= :to)
                ORDER BY occurred_on DESC, recorded_at DESC""")
                .param("person", personId).param("type", filter.type())
                .param("from", filter.from()).param("to", filter.to())
                .query((rs, n) -> new Sourced(new Entry(rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("type"), rs.getString("summary"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()), namedPerson(rs.getString("source_ref"))))
                .list();
    }

    private static PersonId namedPerson(String sourceRef) {
        return sourceRef != null && sourceRef.startsWith(NAMES_A_RELATIVE)
                ? PersonId.of(sourceRef.substring(NAMES_A_RELATIVE.length())) : null;
    }

    private record Sourced(Entry entry, PersonId namedPerson) {
    }

    public List<String> types(PersonId personId) {
        return jdbc.sql("SELECT DISTINCT type FROM chronology_entry WHERE person_id = :p ORDER BY type")
                .param("p", personId).query(String.class).list();
    }

    public record Entry(LocalDate occurredOn, String type, String summary, String recordedByName, Instant recordedAt) {

        Entry aboutRestricted() {
            return new Entry(occurredOn, type, "A relationship with a " + RestrictionFilter.PLACEHOLDER.toLowerCase()
                    + " was recorded", recordedByName, recordedAt);
        }
    }

    /** Blank parts match everything. */
    public record Filter(String type, LocalDate from, LocalDate to) {

        public static Filter all() {
            return new Filter(null, null, null);
        }
    }
}
