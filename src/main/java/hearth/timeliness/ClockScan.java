package hearth.timeliness;

import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every few minutes, raises an alert for each clock that has become due soon or overdue
 * since the last scan. A PostgreSQL advisory lock lets one instance scan at a time.
 */
@Component
public class ClockScan {

    static final long LOCK = 4_711_002L;

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final ApplicationEventPublisher events;

    ClockScan(JdbcClient jdbc, Clocks clocks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${hearth.clocks.scan-interval:PT5M}", initialDelayString = "PT1M")
    public void scheduled() {
        scan();
    }

    /** @return how many alerts were raised */
    @Transactional
    public int scan() {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
            return 0;
        }
        Instant now = clocks.now();
        return raise(now, Clocks.State.OVERDUE, "overdue_alerted_at", null, now)
                + raise(now, Clocks.State.DUE_SOON, "due_soon_alerted_at", now, now.plus(Clocks.DUE_SOON));
    }

    /** An overdue clock is marked as past "due soon" too, so it is never alerted backwards. */
    private int raise(Instant now, Clocks.State state, String marker, Instant dueFrom, Instant dueBefore) {
        List<Clocks.Due> due = jdbc.sql("""
                UPDATE clock SET due_soon_alerted_at = coalesce(due_soon_alerted_at, :now),
                    overdue_alerted_at = CASE WHEN :overdue THEN :now ELSE overdue_alerted_at END
                WHERE status = 'OPEN' AND %s IS NULL AND due_at < :before
                  AND (CAST(:from AS timestamptz) IS NULL OR due_at >= :from)
                RETURNING %s""".formatted(marker, Clocks.DUE_COLUMNS))
                .param("overdue", state == Clocks.State.OVERDUE)
                .param("now", Timestamp.from(now)).param("before", Timestamp.from(dueBefore))
                .param("from", state == Clocks.State.OVERDUE ? null : Timestamp.from(dueFrom))
                .query(Clocks::due).list();
        due.forEach(d -> events.publishEvent(new ClockAlert(PersonId.valueOrNull(d.personId()), d.kind(), d.subject(), d.dueAt(), state)));
        return due.size();
    }
}
