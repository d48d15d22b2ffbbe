package hearth.casework;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.Labelled;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The episodes of work with a child (early help, child in need, child protection),
 * open and past, so the case file shows at a glance what is happening now.
 */
@Service
public class Involvements {

    private final JdbcClient jdbc;
    private final Chronology chronology;

    Involvements(JdbcClient jdbc, Chronology chronology) {
        this.jdbc = jdbc;
        this.chronology = chronology;
    }

    @Transactional
    public UUID start(PersonId childId, Kind kind, LocalDate on, StaffMember by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO involvement (id, person_id, kind, started_on) VALUES (:id, :p, :k, :on)")
                .param("id", id).param("p", childId).param("k", kind.name()).param("on", on).update();
        chronology.record(childId, on, "Involvement started", kind.label() + " started", by, "involvement:" + id);
        return id;
    }

    /** Ends the open involvement of this kind, if there is one. */
    @Transactional
    public void end(PersonId childId, Kind kind, LocalDate on) {
        jdbc.sql("""
                UPDATE involvement SET ended_on = greatest(:on, started_on)
                WHERE person_id = :p AND kind = :k AND ended_on IS NULL""")
                .param("on", on).param("p", childId).param("k", kind.name()).update();
    }

    /** Ends every open involvement, when the case closes. */
    @Transactional
    public void endAll(PersonId childId, LocalDate on) {
        jdbc.sql("UPDATE involvement SET ended_on = greatest(:on, started_on) WHERE person_id = :p AND ended_on IS NULL")
                .param("on", on).param("p", childId).update();
    }

    public boolean isOpen(PersonId childId, Kind kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM involvement WHERE person_id = :p AND kind = :k AND ended_on IS NULL)")
                .param("p", childId).param("k", kind.name()).query(Boolean.class).single();
    }

    public List<Involvement> of(PersonId childId) {
        return jdbc.sql("SELECT * FROM involvement WHERE person_id = :p ORDER BY ended_on DESC NULLS FIRST, started_on DESC")
                .param("p", childId).query(Involvement.class).list();
    }

    public enum Kind implements Labelled {
        EARLY_HELP, ASSESSMENT,
        CHILD_IN_NEED, CHILD_PROTECTION;
    }

    public record Involvement(UUID id, PersonId personId, Kind kind, LocalDate startedOn, LocalDate endedOn) {

        public boolean open() {
            return endedOn == null;
        }
    }
}
