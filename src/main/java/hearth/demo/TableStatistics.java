package hearth.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ANALYZE of Hearth's own tables that the application's role may analyse: those it owns
 * (one role for everything) or holds MAINTAIN on (PostgreSQL 17, granted by
 * hearth.platform.DatabaseRoles). A bare ANALYZE would also try every system catalog and
 * warn about each one it may not touch.
 */
final class TableStatistics {

    private static final String MAY_ANALYSE = """
            SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
            WHERE schemaname = current_schema()
              AND (pg_has_role(tableowner, 'USAGE')
                   OR CASE WHEN current_setting('server_version_num')::int >= 170000
                           THEN has_table_privilege(quote_ident(schemaname) || '.' || quote_ident(tablename), 'MAINTAIN')
                           ELSE false END)
            ORDER BY tablename""";

    private TableStatistics() {
    }

    static void refresh(JdbcClient jdbc) {
        List<String> tables = jdbc.sql(MAY_ANALYSE).query(String.class).list();
        if (!tables.isEmpty()) {
            jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
        }
    }
}
