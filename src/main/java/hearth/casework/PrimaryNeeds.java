package hearth.casework;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.reference.CodeLists;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's primary need, the DfE's main reason the child is getting help (N0 to N9): the
 * worker records it when work starts and again when it changes; the census takes the latest
 * on or before an episode's end. History is kept, each change on the chronology.
 */
@Service
public class PrimaryNeeds {

    public static final String CODES = "primaryneedcodetype";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Chronology chronology;
    private final Clock clock;

    PrimaryNeeds(JdbcClient jdbc, CodeLists codes, Chronology chronology, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Transactional
    public UUID record(PersonId childId, String code, LocalDate on, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (code == null || !codes.contains(CODES, code)) {
            errors.add("primaryNeed", "Select the child's primary need");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            errors.add("recordedOn", "Enter the date the need was identified; it cannot be in the future");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO primary_need (id, person_id, code, recorded_on, recorded_by, recorded_at)
                VALUES (:id, :p, :code, :on, :by, :now)""")
                .param("id", id).param("p", childId).param("code", code).param("on", on).param("by", by.id())
                .param("now", Timestamp.from(clock.instant())).update();
        chronology.record(childId, on, "Primary need recorded", codes.label(CODES, code), by, "primary-need:" + id);
        return id;
    }

    /** The need recorded last, if any. */
    public Optional<CodeLists.Code> current(PersonId childId) {
        return jdbc.sql("SELECT code FROM primary_need WHERE person_id = :p ORDER BY recorded_on DESC, recorded_at DESC LIMIT 1")
                .param("p", childId).query(String.class).optional().flatMap(code -> codes.find(CODES, code));
    }

    public List<CodeLists.Code> choices() {
        return codes.list(CODES);
    }
}
