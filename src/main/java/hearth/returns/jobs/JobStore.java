package hearth.returns.jobs;

import hearth.returns.census.Finding;
import hearth.platform.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs' rows. Every change of status is one guarded UPDATE naming the status and version
 * it expects, its row count checked: a job is claimed by one runner and finished once.
 */
@Repository
class JobStore {

    private static final String COLUMNS = "id, kind, census_year, status, version, done, total, requested_name, "
            + "requested_at, finished_at, source_name, outcome, children, sha256";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    JobStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * A new waiting job, or, when the same kind of work on the same year is already waiting or
     * running, that one: a second click, or a colleague's, joins it rather than starting again.
     */
    UUID queue(JobKind kind, Integer year, UUID by, String byName, String sourceName) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO returns_job (id, kind, census_year, status, requested_by, requested_name, "
                            + "requested_at, heartbeat_at, source_name) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?)")
                    .params(id, kind.name(), year, by, byName, now(), now(), sourceName).update();
            return id;
        } catch (DuplicateKeyException alreadyActive) {
            return jdbc.sql("SELECT id FROM returns_job WHERE kind = ? AND census_year = ? AND status IN "
                    + "('QUEUED', 'RUNNING')").params(kind.name(), year).query(UUID.class).optional()
                    // It finished between the insert and this look-up: queue afresh.
                    .orElseGet(() -> queue(kind, year, by, byName, sourceName));
        }
    }

    Optional<ReturnsJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM returns_job WHERE id = ?").param(id).query(JobStore::job)
                .optional();
    }

    List<ReturnsJob> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM returns_job ORDER BY requested_at DESC LIMIT ?").param(limit)
                .query(JobStore::job).list();
    }

    /** QUEUED to RUNNING with the work to do; false when another runner has it or it was stopped. */
    boolean claim(UUID id, long total) {
        return jdbc.sql("UPDATE returns_job SET status = 'RUNNING', version = version + 1, total = ?, "
                + "heartbeat_at = ? WHERE id = ? AND status = 'QUEUED' AND version = 0").params(total, now(), id).update() == 1;
    }

    /** How far a running job has got; touches nothing once it has finished. */
    void progress(UUID id, long done, long total) {
        jdbc.sql("UPDATE returns_job SET done = ?, total = ?, heartbeat_at = ? WHERE id = ? "
                + "AND status = 'RUNNING'").params(done, total, now(), id).update();
    }

    @Transactional
    void finish(UUID id, List<Numbered> findings, String outcome, Integer children, String sha256) {
        int changed = jdbc.sql("UPDATE returns_job SET status = 'DONE', version = version + 1, done = total, "
                        + "finished_at = ?, outcome = ?, children = ?, sha256 = ? WHERE id = ? AND status = 'RUNNING' "
                        + "AND version = 1")
                .params(now(), outcome, children, sha256, id).update();
        if (changed != 1) {
            throw new IllegalStateException("The job " + id + " was no longer running, so its result was not kept");
        }
        batch.batchUpdate("INSERT INTO returns_finding (job_id, n, rule, severity, message, la_child_id, person_id, "
                + "field, fix_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", findings, 1_000, (statement, f) -> {
                    statement.setObject(1, id);
                    statement.setInt(2, f.n());
                    statement.setString(3, f.finding().rule());
                    statement.setString(4, f.finding().severity().name());
                    statement.setString(5, f.finding().message());
                    statement.setString(6, f.finding().laChildId());
                    statement.setObject(7, PersonId.valueOrNull(f.person()));
                    statement.setString(8, f.finding().field());
                    statement.setString(9, f.finding().fixAt());
                });
    }

    /** RUNNING (or still QUEUED) to FAILED with the reason; false when it had already finished. */
    boolean fail(UUID id, String reason) {
        return jdbc.sql("UPDATE returns_job SET status = 'FAILED', version = version + 1, finished_at = ?, "
                + "outcome = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .params(now(), reason, id).update() == 1;
    }

    /** Jobs a stopped Hearth left waiting or running, silent for longer than {@code quiet}: nothing runs them now. */
    int failAbandoned(Duration quiet, String reason) {
        return jdbc.sql("UPDATE returns_job SET status = 'FAILED', version = version + 1, finished_at = ?, outcome = ? "
                + "WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < ?")
                .params(now(), reason, Timestamp.from(clock.instant().minus(quiet))).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** The first {@code limit} findings, or only those about the child with LA id {@code laChildId} when given. */
    List<StoredFinding> findings(UUID job, String laChildId, int limit) {
        return jdbc.sql("SELECT rule, severity, message, la_child_id, person_id, field, fix_at FROM returns_finding "
                        + "WHERE job_id = ? AND (CAST(? AS text) IS NULL OR la_child_id = ?) ORDER BY n LIMIT ?")
                .params(job, laChildId, laChildId, limit)
                .query((rs, n) -> new StoredFinding(new Finding(rs.getString(1),
                        Finding.Severity.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(6),
                        rs.getString(7)), PersonId.ofNullable(rs.getObject(5, UUID.class)))).list();
    }

    /** Findings counted by rule, in rule order: the summary above the list. */
    List<RuleCount> countsByRule(UUID job) {
        return jdbc.sql("SELECT rule, severity, min(message), count(*) FROM returns_finding WHERE job_id = ? "
                        + "GROUP BY rule, severity ORDER BY rule").param(job)
                .query((rs, n) -> new RuleCount(rs.getString(1), Finding.Severity.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4))).list();
    }

    private static ReturnsJob job(ResultSet rs, int row) throws SQLException {
        return new ReturnsJob(rs.getObject(1, UUID.class), JobKind.valueOf(rs.getString(2)),
                (Integer) rs.getObject(3), JobStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getLong(6),
                rs.getLong(7), rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
                rs.getString(11), rs.getString(12), (Integer) rs.getObject(13), rs.getString(14));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A finding in the order the rules found it, with the Hearth record it is about (null for a file). */
    record Numbered(int n, Finding finding, PersonId person) {
    }

    record StoredFinding(Finding finding, PersonId person) {
    }
}
