package hearth.timeliness;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every open case's due times. A capability starts a clock when the event that
 * anchors it happens and completes it when the step is done; a later anchoring event
 * recomputes it from the rule, never by hand. State is derived when read.
 */
@Service
public class Clocks {

    static final Duration DUE_SOON = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final Timescales timescales;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final javax.sql.DataSource dataSource;

    Clocks(JdbcClient jdbc, Timescales timescales, Clock clock,
           org.springframework.context.ApplicationEventPublisher events, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.timescales = timescales;
        this.clock = clock;
        this.events = events;
        this.dataSource = dataSource;
    }

    /** Starts (or, for a new anchor, recomputes) the clock for a step, keyed by the record that anchors it. */
    @Transactional
    public Instant start(UUID personId, ClockKind kind, String sourceRef, Instant anchor) {
        Instant due = timescales.dueAfter(kind, anchor);
        jdbc.sql("""
                INSERT INTO clock (id, person_id, kind, source_ref, started_at, due_at)
                VALUES (:id, :person, :kind, :source, :anchor, :due)
                ON CONFLICT (kind, source_ref) DO UPDATE SET started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at
                WHERE clock.completed_at IS NULL""")
                .param("id", UUID.randomUUID()).param("person", personId).param("kind", kind.name())
                .param("source", sourceRef).param("anchor", Timestamp.from(anchor)).param("due", Timestamp.from(due))
                .update();
        return due;
    }

    @Transactional
    public void complete(ClockKind kind, String sourceRef, Instant at) {
        jdbc.sql("""
                UPDATE clock SET completed_at = :at WHERE kind = :kind AND source_ref = :source AND completed_at IS NULL
                RETURNING person_id""")
                .param("at", Timestamp.from(at)).param("kind", kind.name()).param("source", sourceRef)
                .query(UUID.class).list()
                .forEach(person -> events.publishEvent(new ClockCompleted(person, kind, sourceRef)));
    }

    /**
     * Recomputes every open clock's due time from its anchor and the current rules and
     * calendar, for when a bank holiday is proclaimed or a council changes a timescale.
     *
     * @return how many clocks were recomputed
     */
    @Transactional
    public long recomputeAll() {
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            jdbc.sql("CREATE TEMPORARY TABLE clock_due (id uuid, due_at timestamptz) ON COMMIT DROP").update();
            hearth.platform.BulkCopy copy = new hearth.platform.BulkCopy(connection, "clock_due", "id", "due_at");
            jdbc.sql("SELECT id, kind, started_at FROM clock WHERE completed_at IS NULL")
                    .query((java.sql.ResultSet rs) -> {
                        copy.add(rs.getObject(1, UUID.class), timescales.dueAfter(ClockKind.valueOf(rs.getString(2)),
                                rs.getTimestamp(3).toInstant()));
                        if (copy.pending() >= 50_000) {
                            copy.flush();
                        }
                    });
            copy.flush();
            jdbc.sql("UPDATE clock c SET due_at = d.due_at FROM clock_due d WHERE c.id = d.id AND c.due_at <> d.due_at")
                    .update();
            return copy.written();
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The step will not happen (an enquiry ended without a conference): the clock no longer applies. */
    @Transactional
    public void cancel(ClockKind kind, String sourceRef) {
        cancelWhere("kind = :kind AND source_ref = :source", Map.of("kind", kind.name(), "source", sourceRef));
    }

    /** A child's open clocks anchored on a record that has ended, such as a plan: {@code sourcePrefix} names the record. */
    @Transactional
    public void cancelUnder(UUID personId, String sourcePrefix) {
        cancelWhere("person_id = :person AND source_ref LIKE :prefix",
                Map.of("person", personId, "prefix", sourcePrefix.replace("%", "") + "%"));
    }

    /** Every open clock for a child whose case has closed. */
    @Transactional
    public void cancelAllFor(UUID personId) {
        cancelWhere("person_id = :person", Map.of("person", personId));
    }

    private void cancelWhere(String condition, Map<String, Object> params) {
        jdbc.sql("DELETE FROM clock WHERE completed_at IS NULL AND " + condition + " RETURNING person_id, kind, source_ref")
                .params(params)
                .query((rs, n) -> new ClockCompleted(rs.getObject(1, UUID.class), ClockKind.valueOf(rs.getString(2)),
                        rs.getString(3))).list()
                .forEach(events::publishEvent);
    }

    public java.util.Optional<Instant> dueAt(ClockKind kind, String sourceRef) {
        return jdbc.sql("SELECT due_at FROM clock WHERE kind = :kind AND source_ref = :source")
                .param("kind", kind.name()).param("source", sourceRef).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    public List<Due> forPeople(Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT person_id, kind, source_ref, started_at, due_at, completed_at FROM clock
                WHERE person_id IN (:people) ORDER BY completed_at NULLS FIRST, due_at""")
                .param("people", people).query(Due.class).list();
    }

    /** The open clocks of these kinds for these people: a caseload's outstanding steps in one query. */
    public List<Due> open(Collection<UUID> people, Collection<ClockKind> kinds) {
        if (people.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT person_id, kind, source_ref, started_at, due_at, completed_at FROM clock
                WHERE person_id IN (:people) AND kind IN (:kinds) AND completed_at IS NULL ORDER BY due_at""")
                .param("people", people).param("kinds", kinds.stream().map(Enum::name).toList())
                .query(Due.class).list();
    }

    /**
     * For each kind of step started since {@code since}: how many were met on time, met late
     * and are overdue now (steps not yet due are left out: they have not had their chance).
     */
    public List<Timeliness> timeliness(Instant since) {
        return jdbc.sql("""
                SELECT kind,
                       count(*) FILTER (WHERE completed_at <= due_at) AS on_time,
                       count(*) FILTER (WHERE completed_at > due_at) AS late,
                       count(*) FILTER (WHERE completed_at IS NULL AND due_at < :now) AS overdue
                FROM clock WHERE started_at >= :since AND (completed_at IS NOT NULL OR due_at < :now)
                GROUP BY kind ORDER BY kind""")
                .param("since", Timestamp.from(since)).param("now", Timestamp.from(clock.instant()))
                .query(Timeliness.class).list();
    }

    public Instant now() {
        return clock.instant();
    }

    /** A step's due time and, when done, when. */
    public record Due(UUID personId, ClockKind kind, String sourceRef, Instant startedAt, Instant dueAt,
                      Instant completedAt) {

        public State state(Instant now) {
            return State.of(dueAt, completedAt, now, DUE_SOON);
        }

        public ZonedDateTime dueLocal() {
            return dueAt.atZone(WorkingCalendar.LONDON);
        }
    }

    /** How often a kind of step was done on time. */
    public record Timeliness(ClockKind kind, long onTime, long late, long overdue) {

        public long total() {
            return onTime + late + overdue;
        }

        public long percentOnTime() {
            return total() == 0 ? 0 : Math.round(onTime * 100.0 / total());
        }
    }

    public enum State {
        NOT_YET_DUE("Not yet due"), DUE_SOON("Due soon"), OVERDUE("Overdue"), MET("Met"), MET_LATE("Met late");

        private final String label;

        State(String label) {
            this.label = label;
        }

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

        public String label() {
            return label;
        }
    }
}
