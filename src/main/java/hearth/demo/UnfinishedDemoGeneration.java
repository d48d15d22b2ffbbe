package hearth.demo;

import hearth.platform.DatabaseRoles;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start, after the migrations and as the schema's owner: when a demo generation was begun
 * and never finished (Hearth was killed half-way), removes whatever it left, so that the demo
 * loader sees an empty database and generates the council again. Only the tables that were
 * empty when that generation began are emptied; a database the demo loader did not make has
 * no unfinished mark and is never touched.
 */
@Component
class UnfinishedDemoGeneration implements Callback {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedDemoGeneration.class);
    private static final String MARKER = "demo_generation";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            Optional<List<String>> kept = keptTablesOfAnUnfinishedGeneration(statement);
            if (kept.isEmpty()) {
                return;
            }
            List<String> left = tablesToEmpty(statement, kept.get());
            log.warn("A demo generation was stopped before it finished: emptying the {} tables that were empty "
                    + "when it began, so that the demo council is generated again", left.size());
            if (!left.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", left.stream().map(DemoGenerationMarker::quote)
                        .toList()) + " RESTART IDENTITY");
            }
            statement.execute("DELETE FROM " + MARKER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove what an unfinished demo generation left", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "hearth-unfinished-demo-generation";
    }

    private static Optional<List<String>> keptTablesOfAnUnfinishedGeneration(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT kept_tables FROM " + MARKER + " WHERE finished_at IS NULL")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            Array kept = rows.getArray(1);
            return Optional.of(Arrays.asList((String[]) kept.getArray()));
        }
    }

    private static List<String> tablesToEmpty(Statement statement, List<String> kept) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!kept.contains(table) && !table.equals(MARKER) && !DatabaseRoles.APPEND_ONLY.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
