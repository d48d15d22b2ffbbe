package hearth.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a demo generation begun before it starts and finished inside its transaction, so
 * that a generation killed half-way is found at the next start ({@link UnfinishedDemoGeneration})
 * rather than left as a council that looks complete.
 */
@Component
class DemoGenerationMarker {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoGenerationMarker(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Called outside the generation's transaction, so the mark is committed first. It names
     * the tables already holding rows (bank holidays, the audit trail...): a wipe keeps them.
     */
    void begin(int childrenInArea, int years, long seed) {
        jdbc.sql("""
                INSERT INTO demo_generation (id, started_at, children, years, seed, kept_tables)
                VALUES (1, :at, :children, :years, :seed, string_to_array(:kept, ','))
                ON CONFLICT (id) DO UPDATE SET started_at = EXCLUDED.started_at, finished_at = NULL,
                    children = EXCLUDED.children, years = EXCLUDED.years, seed = EXCLUDED.seed,
                    kept_tables = EXCLUDED.kept_tables""")
                .param("at", Timestamp.from(clock.instant())).param("children", childrenInArea)
                .param("years", years).param("seed", seed).param("kept", String.join(",", tablesHoldingRows()))
                .update();
    }

    /** Called last inside the generation's transaction: the council and its mark commit together. */
    void finish() {
        jdbc.sql("UPDATE demo_generation SET finished_at = :at WHERE id = 1")
                .param("at", Timestamp.from(clock.instant())).update();
    }

    private List<String> tablesHoldingRows() {
        return jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .query(String.class).list().stream()
                .filter(table -> jdbc.sql("SELECT EXISTS (SELECT FROM " + quote(table) + ")")
                        .query(Boolean.class).single())
                .toList();
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
