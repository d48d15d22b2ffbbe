package hearth.casework;

import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts at the top of a case file, such as "subject of a child protection plan". The
 * capability that knows a fact raises its alert and ends it when the fact stops being true.
 */
@Service
public class CaseAlerts {

    private final JdbcClient jdbc;

    CaseAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID raise(PersonId childId, String kind, String text, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_alert (id, person_id, kind, text, raised_on) VALUES (:id, :p, :k, :t, :on)")
                .param("id", id).param("p", childId).param("k", kind).param("t", text).param("on", on).update();
        return id;
    }

    @Transactional
    public void end(PersonId childId, String kind, LocalDate on) {
        jdbc.sql("UPDATE case_alert SET ended_on = :on WHERE person_id = :p AND kind = :k AND ended_on IS NULL")
                .param("on", on).param("p", childId).param("k", kind).update();
    }

    public List<Alert> current(PersonId childId) {
        return jdbc.sql("SELECT kind, text, raised_on FROM case_alert WHERE person_id = :p AND ended_on IS NULL ORDER BY raised_on")
                .param("p", childId).query(Alert.class).list();
    }

    public record Alert(String kind, String text, LocalDate raisedOn) {
    }
}
