package hearth.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, as the owner, gives the application's role what it needs and no
 * more: rows of every table to read and write, the sequences, and (PostgreSQL 17) MAINTAIN
 * for ANALYZE; the append-only tables only to read and add to. Not owning any table, it can never alter, drop or truncate one,
 * nor drop the trigger that keeps the audit trail append-only. Granting after each run
 * covers the tables any migration adds.
 */
public final class DatabaseRoles implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    /** Rows are added, never changed or removed; a table not (yet) made is skipped. */
    public static final List<String> APPEND_ONLY = List.of("audit_entry", "audit_seal", "flyway_schema_history");

    private final DatabaseConfiguration.DatabaseAccess access;

    DatabaseRoles(DatabaseConfiguration.DatabaseAccess access) {
        this.access = access;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && access.rolesSplit();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String grant : grants(schema(connection), appendOnlyTablesPresent(connection),
                    connection.getMetaData().getDatabaseMajorVersion() >= 17)) {
                statement.execute(grant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's role its rights", e);
        }
        log.info("The application connects as {}, which may only read and add to {}", access.appUser(), APPEND_ONLY);
    }

    @Override
    public String getCallbackName() {
        return "hearth-database-roles";
    }

    private List<String> grants(String schema, List<String> appendOnly, boolean maintainExists) {
        String app = quote(access.appUser());
        String in = quote(schema);
        List<String> grants = new ArrayList<>(List.of(
                "GRANT USAGE ON SCHEMA " + in + " TO " + app,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + in + " TO " + app,
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + in + " TO " + app));
        if (maintainExists) {
            // ANALYZE after bulk loads (the demo generator): statistics only, never the rows or the schema.
            grants.add("GRANT MAINTAIN ON ALL TABLES IN SCHEMA " + in + " TO " + app);
        }
        for (String table : appendOnly) {
            // REVOKE ALL also takes back rights granted by hand, such as TRUNCATE.
            grants.add("REVOKE ALL ON " + in + "." + quote(table) + " FROM " + app);
            grants.add("GRANT SELECT, INSERT ON " + in + "." + quote(table) + " TO " + app);
        }
        return grants;
    }

    private static String schema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT current_schema()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> appendOnlyTablesPresent(Connection connection) throws SQLException {
        List<String> present = new ArrayList<>();
        try (var query = connection.prepareStatement(
                "SELECT to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?)) IS NOT NULL")) {
            for (String table : APPEND_ONLY) {
                query.setString(1, table);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        present.add(table);
                    }
                }
            }
        }
        return present;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
