package hearth.planning;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.timeliness.Clocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to a child. A visit where the child was seen meets each open plan's visiting
 * clock and starts the next one; a visit without seeing the child does not.
 */
@Service
public class Visits {

    private final JdbcClient jdbc;
    private final Plans plans;
    private final Clocks clocks;
    private final Chronology chronology;
    private final Clock clock;

    Visits(JdbcClient jdbc, Plans plans, Clocks clocks, Chronology chronology, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clocks = clocks;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Transactional
    public UUID record(UUID childId, LocalDate visitedOn, Boolean childSeen, Boolean seenAlone, String notSeenReason,
                       String notes, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (visitedOn == null || visitedOn.isAfter(LocalDate.now(clock))) {
            errors.add("visitedOn", "Enter the date of the visit; it cannot be in the future");
        }
        if (childSeen == null) {
            errors.add("childSeen", "Select whether the child was seen");
        } else if (childSeen && seenAlone == null) {
            errors.add("seenAlone", "Select whether the child was seen alone");
        } else if (!childSeen && (notSeenReason == null || notSeenReason.isBlank())) {
            errors.add("notSeenReason", "Record why the child was not seen");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO visit (id, person_id, visited_on, child_seen, seen_alone, not_seen_reason, notes, recorded_by,
                    recorded_at) VALUES (:id, :p, :on, :seen, :alone, :why, :notes, :by, :now)""")
                .param("id", id).param("p", childId).param("on", visitedOn).param("seen", childSeen)
                .param("alone", childSeen ? seenAlone : null).param("why", childSeen ? null : notSeenReason.strip())
                .param("notes", notes).param("by", by.id()).param("now", Timestamp.from(clock.instant())).update();
        if (childSeen) {
            plans.of(childId).stream().filter(plan -> plan.open() && !visitedOn.isBefore(plan.startedOn()))
                    .forEach(plan -> meetVisitClock(plan, visitedOn));
        }
        chronology.record(childId, visitedOn, "Visit", childSeen ? (seenAlone ? "Child seen alone" : "Child seen, not alone")
                : "Child not seen: " + notSeenReason.strip(), by, "visit:" + id);
        return id;
    }

    public List<Visit> of(UUID childId) {
        return jdbc.sql("""
                SELECT id, visited_on, child_seen, seen_alone, not_seen_reason, notes FROM visit WHERE person_id = :p
                ORDER BY visited_on DESC, recorded_at DESC""").param("p", childId).query(Visit.class).list();
    }

    private void meetVisitClock(Plans.Plan plan, LocalDate visitedOn) {
        int number = jdbc.sql("""
                SELECT count(*) FROM visit WHERE person_id = :p AND child_seen AND visited_on >= :from""")
                .param("p", plan.personId()).param("from", plan.startedOn()).query(Integer.class).single();
        clocks.complete(plan.kind().visits(), clockRef(plan.id(), number), Plans.noon(visitedOn));
        clocks.start(plan.personId(), plan.kind().visits(), clockRef(plan.id(), number + 1), Plans.noon(visitedOn));
    }

    static String clockRef(UUID planId, int number) {
        return "plan:" + planId + ":visit:" + number;
    }

    public record Visit(UUID id, LocalDate visitedOn, boolean childSeen, Boolean seenAlone, String notSeenReason,
                        String notes) {

        public String seen() {
            if (!childSeen) {
                return "Not seen: " + notSeenReason;
            }
            return Boolean.TRUE.equals(seenAlone) ? "Seen alone" : "Seen, not alone";
        }
    }
}
