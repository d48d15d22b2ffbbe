package hearth.platform;

import java.sql.Timestamp;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a record is now, read from its {@code changed_by} and {@code changed_at} columns after
 * a guarded UPDATE changed no row, so the user who lost the race is told who won it and when.
 */
public final class LatestChange {

    private LatestChange() {
    }

    /**
     * @param table  the caller's own table
     * @param status an SQL expression for the row's status code, in the caller's words
     * @param label  how the page says that status
     * @param names  the display name of a user, by id
     */
    public static ConcurrentEdit lost(JdbcClient jdbc, String what, String table, String status, TypedId id,
                                      Function<String, String> label, Function<UUID, String> names) {
        return jdbc.sql("SELECT " + status + " AS status, changed_by, changed_at FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ConcurrentEdit(what, new ConcurrentEdit.Latest(label.apply(rs.getString(1)),
                        rs.getObject(2) == null ? null : names.apply(rs.getObject(2, UUID.class)),
                        instant(rs.getTimestamp(3)))))
                .optional().orElseGet(() -> new ConcurrentEdit(what));
    }

    private static java.time.Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
