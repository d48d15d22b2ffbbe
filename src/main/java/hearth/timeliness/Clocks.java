package hearth.timeliness;

import hearth.platform.Labelled;
import hearth.platform.PersonId;
import hearth.platform.TypedId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every due time: a capability starts a clock when the event that anchors it happens,
 * naming what it times with a {@link ClockSubject}, and meets or cancels it when the step is
 * done or will not happen. A later anchoring event recomputes an open clock from the rule,
 * never by hand. Met and cancelled clocks are kept; whether one is due soon, overdue or met
 * late is worked out when it is read.
 */
@Service
public class Clocks {

    static final Duration DUE_SOON = Duration.ofDays(2);
    /** The columns {@link #due(ResultSet, int)} reads. */
    static final String DUE_COLUMNS = "person_id, kind, subject_type, subject_id, subject_number, started_at, due_at,"
            + " status, completed_at, cancelled_at";

    private final JdbcClient jdbc;
    private final Timescales timescales;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Recomputation recomputation;

    Clocks(JdbcClient jdbc, Timescales timescales, Clock clock, ApplicationEventPublisher events,
           Recomputation recomputation) {
        this.jdbc = jdbc;
        this.timescales = timescales;
        this.clock = clock;
        this.events = events;
        this.recomputation = recomputation;
    }

    /**
     * Starts the clock for a step or, when one is already open for this kind and subject,
     * recomputes it from the new anchor.
     *
     * @param personId the child whose case the step belongs to; null for a contact's clock
     */
    @Transactional
    public Instant start(PersonId personId, ClockKind kind, ClockSubject subject, Instant anchor) {
        return open(personId, kind, subject, anchor, timescales.dueAfter(kind, anchor));
    }

    /**
     * Starts (or recomputes) the clock as {@link #start} does, but due by the close of
     * {@code dueOn} when that is sooner than the rule: a worker may plan the next step earlier
     * than the timescale asks (the next visit in a week), never later than it allows.
     */
    @Transactional
    public Instant startDueBy(PersonId personId, ClockKind kind, ClockSubject subject, Instant anchor, LocalDate dueOn) {
        Instant statutory = timescales.dueAfter(kind, anchor);
        Instant typed = dueOn.atTime(WorkingCalendar.CLOSES).atZone(WorkingCalendar.LONDON).toInstant();
        return open(personId, kind, subject, anchor, typed.isBefore(statutory) ? typed : statutory);
    }

    private Instant open(PersonId personId, ClockKind kind, ClockSubject subject, Instant anchor, Instant due) {
        jdbc.sql("""
                INSERT INTO clock (id, person_id, kind, subject_type, subject_id, subject_number, started_at, due_at,
                    timescale_length)
                VALUES (:id, :person, :kind, :type, :subject, :number, :anchor, :due, :length)
                ON CONFLICT (kind, subject_type, subject_id, subject_number) WHERE status = 'OPEN'
                DO UPDATE SET started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at,
                    timescale_length = EXCLUDED.timescale_length""")
                .param("id", UUID.randomUUID()).param("person", personId).param("kind", kind.name())
                .params(subjectParams(subject)).param("anchor", Timestamp.from(anchor))
                .param("due", Timestamp.from(due)).param("length", timescales.length(kind))
                .update();
        return due;
    }

    /** The step was done at {@code at}: its open clock is met (late if after its due time). */
    @Transactional
    public void complete(ClockKind kind, ClockSubject subject, Instant at) {
        jdbc.sql("""
                UPDATE clock SET status = 'MET', completed_at = :at
                WHERE kind = :kind AND subject_type = :type AND subject_id = :subject AND subject_number = :number
                  AND status = 'OPEN'
                RETURNING person_id""")
                .param("at", Timestamp.from(at)).param("kind", kind.name()).params(subjectParams(subject))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list()
                .forEach(person -> events.publishEvent(new ClockCompleted(person, kind, subject, at)));
    }

    /**
     * Recomputes every open clock's due time from its anchor and the current rules and
     * calendar, for when a bank holiday is proclaimed or withdrawn.
     *
     * @return how many open clocks' due times moved
     */
    @Transactional
    public long recomputeAll() {
        return recomputation.recompute(timescales, null);
    }

    /** The step will not happen (an enquiry ended without a conference): its open clock is cancelled, and kept. */
    @Transactional
    public void cancel(ClockKind kind, ClockSubject subject) {
        cancelWhere("kind = :kind AND subject_type = :type AND subject_id = :subject AND subject_number = :number",
                Map.of("kind", kind.name(), "type", subject.type().name(), "subject", subject.id(),
                        "number", subject.number()));
    }

    /** Every open clock of a record that has ended, such as a plan's meetings and visits, whatever their number. */
    @Transactional
    public void cancelAllOf(ClockSubject.Type type, TypedId id) {
        cancelWhere("subject_type = :type AND subject_id = :subject", Map.of("type", type.name(), "subject", id));
    }

    /** Every open clock for a child whose case has closed. */
    @Transactional
    public void cancelAllFor(PersonId personId) {
        cancelWhere("person_id = :person", Map.of("person", personId));
    }

    /** @param condition one of the fixed conditions above, never user input */
    private void cancelWhere(String condition, Map<String, Object> params) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE clock SET status = 'CANCELLED', cancelled_at = :now WHERE status = 'OPEN' AND " + condition
                        + " RETURNING " + DUE_COLUMNS)
                .params(params).param("now", Timestamp.from(now))
                .query(Clocks::due).list()
                .forEach(d -> events.publishEvent(new ClockCancelled(PersonId.valueOrNull(d.personId()), d.kind(), d.subject(), now)));
    }

    /** When the step is (or was) due: the open clock, else the latest met one; never a cancelled one. */
    public Optional<Instant> dueAt(ClockKind kind, ClockSubject subject) {
        return jdbc.sql("""
                SELECT due_at FROM clock
                WHERE kind = :kind AND subject_type = :type AND subject_id = :subject AND subject_number = :number
                  AND status <> 'CANCELLED'
                ORDER BY status = 'OPEN' DESC, started_at DESC LIMIT 1""")
                .param("kind", kind.name()).params(subjectParams(subject)).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** Every clock of these children, open ones first (the soonest due first), then met and cancelled ones. */
    public List<Due> forPeople(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DUE_COLUMNS + " FROM clock WHERE person_id IN (:people)"
                        + " ORDER BY status = 'OPEN' DESC, completed_at NULLS FIRST, due_at")
                .param("people", people).query(Clocks::due).list();
    }

    /** Every clock of these records of one type (the clocks of a page of contacts, say), oldest first. */
    public List<Due> about(ClockSubject.Type type, Collection<? extends TypedId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DUE_COLUMNS + " FROM clock WHERE subject_type = :type AND subject_id IN (:ids)"
                        + " ORDER BY started_at")
                .param("type", type.name()).param("ids", ids).query(Clocks::due).list();
    }

    /**
     * The clocks of one kind still open, or due since {@code since} (met or not, never
     * cancelled): a night's out-of-hours handovers, the soonest due first.
     */
    public List<Due> ofKindSince(ClockKind kind, Instant since) {
        return jdbc.sql("SELECT " + DUE_COLUMNS + " FROM clock WHERE kind = :kind"
                        + " AND (status = 'OPEN' OR (status = 'MET' AND due_at >= :since)) ORDER BY due_at LIMIT 200")
                .param("kind", kind.name()).param("since", Timestamp.from(since)).query(Clocks::due).list();
    }

    /** Every open step of a child's case past its due time, the longest overdue first: the service's late work. */
    public List<Due> overdue() {
        return jdbc.sql("SELECT " + DUE_COLUMNS + " FROM clock WHERE status = 'OPEN' AND due_at < :now"
                        + " AND person_id IS NOT NULL ORDER BY due_at")
                .param("now", Timestamp.from(clock.instant())).query(Clocks::due).list();
    }

    /** The open clocks of these kinds for these people: a caseload's outstanding steps in one query. */
    public List<Due> open(Collection<PersonId> people, Collection<ClockKind> kinds) {
        if (people.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DUE_COLUMNS + " FROM clock WHERE person_id IN (:people) AND kind IN (:kinds)"
                        + " AND status = 'OPEN' ORDER BY due_at")
                .param("people", people).param("kinds", kinds.stream().map(Enum::name).toList())
                .query(Clocks::due).list();
    }

    /**
     * For each kind of step started since {@code since}: how many were met on time, met late,
     * are overdue now and were cancelled. Open steps not yet due are left out: they have not
     * had their chance.
     */
    public List<Timeliness> timeliness(Instant since) {
        return jdbc.sql("""
                SELECT kind,
                       count(*) FILTER (WHERE status = 'MET' AND completed_at <= due_at) AS on_time,
                       count(*) FILTER (WHERE status = 'MET' AND completed_at > due_at) AS late,
                       count(*) FILTER (WHERE status = 'OPEN' AND due_at < :now) AS overdue,
                       count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled
                FROM clock WHERE started_at >= :since AND (status <> 'OPEN' OR due_at < :now)
                GROUP BY kind ORDER BY kind""")
                .param("since", Timestamp.from(since)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Timeliness(ClockKind.valueOf(rs.getString("kind")), rs.getLong("on_time"),
                        rs.getLong("late"), rs.getLong("overdue"), rs.getLong("cancelled")))
                .list();
    }

    public Instant now() {
        return clock.instant();
    }

    private static Map<String, Object> subjectParams(ClockSubject subject) {
        return Map.of("type", subject.type().name(), "subject", subject.id(), "number", subject.number());
    }

    static Due due(ResultSet rs, int row) throws SQLException {
        return new Due(PersonId.ofNullable(rs.getObject("person_id", UUID.class)), ClockKind.valueOf(rs.getString("kind")),
                new ClockSubject(ClockSubject.Type.valueOf(rs.getString("subject_type")),
                        rs.getObject("subject_id", UUID.class), rs.getInt("subject_number")),
                instant(rs, "started_at"), instant(rs, "due_at"), ClockStatus.valueOf(rs.getString("status")),
                instant(rs, "completed_at"), instant(rs, "cancelled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A step's due time and, when done or cancelled, when. */
    public record Due(PersonId personId, ClockKind kind, ClockSubject subject, Instant startedAt, Instant dueAt,
                      ClockStatus status, Instant completedAt, Instant cancelledAt) {

        public boolean isOpen() {
            return status == ClockStatus.OPEN;
        }

        public boolean isMet() {
            return status == ClockStatus.MET;
        }

        public State state(Instant now) {
            return status == ClockStatus.CANCELLED ? State.CANCELLED : State.of(dueAt, completedAt, now, DUE_SOON);
        }

        public ZonedDateTime dueLocal() {
            return dueAt.atZone(WorkingCalendar.LONDON);
        }
    }

    /** How often a kind of step was done on time; cancelled steps are counted apart, never as met. */
    public record Timeliness(ClockKind kind, long onTime, long late, long overdue, long cancelled) {

        /** The steps that had to be done by now: met on time, met late or overdue. */
        public long total() {
            return onTime + late + overdue;
        }

        public long percentOnTime() {
            return total() == 0 ? 0 : Math.round(onTime * 100.0 / total());
        }
    }

    public enum State implements Labelled {
        NOT_YET_DUE, DUE_SOON, OVERDUE, MET, MET_LATE,
        CANCELLED;

        /** The state of any due time: {@code soon} is how long before it falls due a step counts as due soon. */
        public static State of(Instant due, Instant completed, Instant now, Duration soon) {
            if (completed != null) {
                return completed.isAfter(due) ? MET_LATE : MET;
            }
            if (now.isAfter(due)) {
                return OVERDUE;
            }
            return now.plus(soon).isAfter(due) ? DUE_SOON : NOT_YET_DUE;
        }
    }
}
