package hearth.oversight;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents' missed appointments and refusals. Repeated non-engagement (three times in 90
 * days by default) prompts the worker and manager to consider escalation, because
 * inspectors found non-engagement went unchallenged while children waited.
 */
@Service
public class Engagement {

    private final JdbcClient jdbc;
    private final Chronology chronology;
    private final Clock clock;
    private final int times;
    private final int days;

    Engagement(JdbcClient jdbc, Chronology chronology, Clock clock,
               @Value("${hearth.engagement.escalate-after-times:3}") int times,
               @Value("${hearth.engagement.within-days:90}") int days) {
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.clock = clock;
        this.times = times;
        this.days = days;
    }

    @Transactional
    public UUID record(PersonId childId, Kind kind, String who, LocalDate on, String notes, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (kind == null) {
            errors.add("kind", "Select what happened");
        }
        if (who == null || who.isBlank()) {
            errors.add("who", "Say who did not engage");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            errors.add("occurredOn", "Enter the date; it cannot be in the future");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO engagement_event (id, person_id, kind, who, occurred_on, notes, recorded_by, recorded_at)
                VALUES (:id, :p, :kind, :who, :on, :notes, :by, :now)""")
                .param("id", id).param("p", childId).param("kind", kind.name()).param("who", who.strip())
                .param("on", on).param("notes", notes).param("by", by.id())
                .param("now", Timestamp.from(clock.instant())).update();
        chronology.record(childId, on, "Non-engagement", kind.label() + " (" + who.strip() + ")", by, "engagement:" + id);
        return id;
    }

    public List<Event> of(PersonId childId) {
        return jdbc.sql("SELECT kind, who, occurred_on, notes FROM engagement_event WHERE person_id = :p ORDER BY occurred_on DESC, recorded_at DESC")
                .param("p", childId).query(Event.class).list();
    }

    /** The prompt to consider escalation, when non-engagement has repeated recently. */
    public Optional<String> escalationPrompt(PersonId childId) {
        long recent = jdbc.sql("SELECT count(*) FROM engagement_event WHERE person_id = :p AND occurred_on >= :since")
                .param("p", childId).param("since", LocalDate.now(clock).minusDays(days)).query(Long.class).single();
        return recent >= times ? Optional.of("The family have not engaged " + recent + " times in the last " + days
                + " days. Worker and manager: consider escalation (a strategy discussion, a step up, or a legal planning meeting).")
                : Optional.empty();
    }

    /** Of these children, those whose families have not engaged often enough recently to prompt escalation. */
    public java.util.Map<PersonId, Long> escalating(java.util.Collection<PersonId> children) {
        if (children.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<PersonId, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT person_id, count(*) FROM engagement_event WHERE person_id IN (:children) AND occurred_on >= :since
                GROUP BY person_id HAVING count(*) >= :times ORDER BY count(*) DESC""")
                .param("children", children).param("since", LocalDate.now(clock).minusDays(days)).param("times", times)
                .query((java.sql.ResultSet rs) -> {
                    counts.put(new PersonId(rs.getObject(1, UUID.class)), rs.getLong(2));
                });
        return counts;
    }

    public enum Kind implements Labelled {
        MISSED_APPOINTMENT, REFUSED_VISIT, NO_ACCESS,
        REFUSED_SERVICE;
    }

    public record Event(Kind kind, String who, LocalDate occurredOn, String notes) {
    }
}
