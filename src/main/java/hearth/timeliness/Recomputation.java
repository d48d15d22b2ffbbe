package hearth.timeliness;

import hearth.platform.BulkCopy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works every open clock's due time out again from its anchor, the calendar and the given
 * timescales, in bulk (a council has hundreds of thousands of open clocks), and records the
 * length each was computed with.
 */
@Component
class Recomputation {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Recomputation(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * @param kind only the open clocks of this kind that were computed with another length, or null for
     *             every open clock
     * @return how many open clocks' due times moved
     */
    @Transactional
    public long recompute(Timescales timescales, ClockKind kind) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            jdbc.sql("CREATE TEMPORARY TABLE clock_due (id uuid, due_at timestamptz, length int) ON COMMIT DROP")
                    .update();
            BulkCopy copy = new BulkCopy(connection, "clock_due", "id", "due_at", "length");
            jdbc.sql("""
                    SELECT id, kind, started_at FROM clock WHERE status = 'OPEN'
                      AND (CAST(:kind AS text) IS NULL
                           OR kind = :kind AND timescale_length IS DISTINCT FROM CAST(:length AS int))""")
                    .param("kind", kind == null ? null : kind.name())
                    .param("length", kind == null ? null : timescales.length(kind))
                    .query((ResultSet rs) -> {
                        ClockKind of = ClockKind.valueOf(rs.getString(2));
                        copy.add(rs.getObject(1, UUID.class), timescales.dueAfter(of, rs.getTimestamp(3).toInstant()),
                                timescales.length(of));
                        if (copy.pending() >= 50_000) {
                            copy.flush();
                        }
                    });
            copy.flush();
            long moved = jdbc.sql("""
                    SELECT count(*) FROM clock c JOIN clock_due d ON d.id = c.id WHERE c.due_at <> d.due_at""")
                    .query(Long.class).single();
            jdbc.sql("""
                    UPDATE clock c SET due_at = d.due_at, timescale_length = d.length FROM clock_due d
                    WHERE c.id = d.id AND (c.due_at <> d.due_at OR c.timescale_length IS DISTINCT FROM d.length)""")
                    .update();
            jdbc.sql("DROP TABLE clock_due").update();
            return moved;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The lengths the open clocks of a kind were computed with, when any differs from {@code length}. */
    java.util.List<Previous> previousLengths(ClockKind kind, int length) {
        return jdbc.sql("""
                SELECT timescale_length, count(*) FROM clock
                WHERE status = 'OPEN' AND kind = :kind AND timescale_length IS DISTINCT FROM :length
                GROUP BY timescale_length ORDER BY 2 DESC""")
                .param("kind", kind.name()).param("length", length)
                .query((rs, n) -> new Previous((Integer) rs.getObject(1), rs.getLong(2))).list();
    }

    record Previous(Integer length, long clocks) {
    }
}
