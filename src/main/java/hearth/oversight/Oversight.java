package hearth.oversight;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's direction or decision on a case, shown on the case and in the chronology. */
@Service
public class Oversight {

    private final JdbcClient jdbc;
    private final Chronology chronology;
    private final Clock clock;

    Oversight(JdbcClient jdbc, Chronology chronology, Clock clock) {
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Transactional
    public UUID record(PersonId childId, LocalDate on, String direction, StaffMember manager) {
        Supervisions.requireManager(childId, manager);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            errors.add("recordedOn", "Enter the date; it cannot be in the future");
        }
        if (direction == null || direction.isBlank()) {
            errors.add("direction", "Record the direction or decision");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO management_oversight (id, person_id, manager_id, recorded_on, direction, recorded_at)
                VALUES (:id, :p, :m, :on, :direction, :now)""")
                .param("id", id).param("p", childId).param("m", manager.id()).param("on", on)
                .param("direction", direction.strip()).param("now", Timestamp.from(clock.instant())).update();
        chronology.record(childId, on, "Management oversight", direction.strip(), manager, "oversight:" + id);
        return id;
    }

    public List<Direction> of(PersonId childId) {
        return jdbc.sql("""
                SELECT o.recorded_on, u.display_name AS manager, o.direction FROM management_oversight o
                JOIN report_staff u ON u.id = o.manager_id WHERE o.person_id = :p ORDER BY o.recorded_on DESC, o.recorded_at DESC""")
                .param("p", childId).query(Direction.class).list();
    }

    public record Direction(LocalDate recordedOn, String manager, String direction) {
    }
}
