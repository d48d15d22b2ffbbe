package hearth.planning;

import static hearth.platform.Text.blankToNull;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.FormToken;
import hearth.platform.PersonId;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to a child. A visit where the child was seen meets each open plan's visiting
 * clock and starts the next one, due by the next visit the worker typed when that is sooner
 * than the plan's timescale (never later); a visit without seeing the child does not.
 */
@Service
public class Visits {

    /** The columns a {@link Visit} reads. */
    private static final String VISIT_COLUMNS = "id, visited_on, visit_type, place, who_seen, child_seen, seen_alone,"
            + " not_seen_reason, not_alone_reason, child_words, words_not_recorded_reason, observations,"
            + " home_conditions, next_visit_on";

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

    /** A visit recorded without a form (the demo, an import). */
    @Transactional
    public UUID record(PersonId childId, VisitDetails visit, StaffMember by) {
        return record(childId, visit, by, UUID.randomUUID());
    }

    /** Records the visit once for its form: posting the same form again gives back the visit already made. */
    @Transactional
    public UUID record(PersonId childId, VisitDetails visit, StaffMember by, UUID formToken) {
        Optional<UUID> made = FormToken.recordMade(jdbc, "visit", formToken);
        if (made.isPresent()) {
            return made.get();
        }
        visit.check(LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        boolean seen = visit.childSeen();
        if (jdbc.sql("""
                INSERT INTO visit (id, person_id, visited_on, visit_type, place, who_seen, child_seen, seen_alone,
                    not_seen_reason, not_alone_reason, child_words, words_not_recorded_reason, observations,
                    home_conditions, next_visit_on, recorded_by, recorded_at, form_token)
                VALUES (:id, :p, :on, :type, :place, :who, :seen, :alone, :notSeen, :notAlone, :words, :noWords,
                    :observations, :home, :next, :by, :now, :token) ON CONFLICT (form_token) DO NOTHING""")
                .param("id", id).param("p", childId).param("on", visit.visitedOn())
                .param("type", visit.type().name()).param("place", visit.place().name())
                .param("who", blankToNull(visit.whoSeen()))
                .param("seen", seen).param("alone", seen ? visit.seenAlone() : null)
                .param("notSeen", seen ? null : visit.notSeenReason().strip())
                .param("notAlone", seen && !visit.seenAlone() ? visit.notAloneReason().strip() : null)
                .param("words", seen ? blankToNull(visit.childWords()) : null)
                .param("noWords", seen && blankToNull(visit.childWords()) == null
                        ? visit.wordsNotRecordedReason().strip() : null).param("observations", blankToNull(visit.observations()))
                .param("home", blankToNull(visit.homeConditions())).param("next", visit.nextVisitOn())
                .param("by", by.id()).param("now", Timestamp.from(clock.instant())).param("token", formToken)
                .update() == 0) {
            return FormToken.recordMade(jdbc, "visit", formToken).orElseThrow();
        }
        if (seen) {
            plans.of(childId).stream().filter(plan -> plan.open() && !visit.visitedOn().isBefore(plan.startedOn()))
                    .forEach(plan -> meetVisitClock(plan, visit));
        }
        chronology.record(childId, visit.visitedOn(), "Visit", visit.summary(), by, "visit:" + id);
        return id;
    }

    public List<Visit> of(PersonId childId) {
        return jdbc.sql("""
                SELECT %s FROM visit WHERE person_id = :p ORDER BY visited_on DESC, recorded_at DESC""".formatted(VISIT_COLUMNS))
                .param("p", childId).query(Visit.class).list();
    }

    /** Each child's latest visit that saw them, for many children in one query. */
    public Map<PersonId, Visit> latestSeen(Collection<PersonId> children) {
        Map<PersonId, Visit> latest = new HashMap<>();
        if (children.isEmpty()) {
            return latest;
        }
        RowMapper<Visit> visit = new DataClassRowMapper<>(Visit.class);
        jdbc.sql("""
                SELECT DISTINCT ON (person_id) person_id, %s
                FROM visit WHERE person_id IN (:p) AND child_seen ORDER BY person_id, visited_on DESC, recorded_at DESC"""
                .formatted(VISIT_COLUMNS))
                .param("p", children)
                .query(rs -> {
                    latest.put(new PersonId(rs.getObject("person_id", UUID.class)), visit.mapRow(rs, rs.getRow()));
                });
        return latest;
    }

    private void meetVisitClock(Plans.Plan plan, VisitDetails visit) {
        LocalDate visitedOn = visit.visitedOn();
        int number = jdbc.sql("""
                SELECT count(*) FROM visit WHERE person_id = :p AND child_seen AND visited_on >= :from""")
                .param("p", plan.personId()).param("from", plan.startedOn()).query(Integer.class).single();
        clocks.complete(plan.kind().visits(), ClockSubject.plan(plan.id(), number), Plans.noon(visitedOn));
        ClockSubject next = ClockSubject.plan(plan.id(), number + 1);
        if (visit.nextVisitOn() == null) {
            clocks.start(plan.personId(), plan.kind().visits(), next, Plans.noon(visitedOn));
        } else {
            clocks.startDueBy(plan.personId(), plan.kind().visits(), next, Plans.noon(visitedOn),
                    visit.nextVisitOn());
        }
    }

    /** A recorded visit; visits recorded before type and place were asked have neither (null). */
    public record Visit(UUID id, LocalDate visitedOn, VisitDetails.Type visitType, VisitDetails.Place place,
                        String whoSeen, boolean childSeen, Boolean seenAlone, String notSeenReason,
                        String notAloneReason, String childWords, String wordsNotRecordedReason, String observations,
                        String homeConditions, LocalDate nextVisitOn) {

        public String seen() {
            if (!childSeen) {
                return "Not seen: " + notSeenReason;
            }
            return Boolean.TRUE.equals(seenAlone) ? "Seen alone" : "Seen, not alone: " + notAloneReason;
        }
    }
}
