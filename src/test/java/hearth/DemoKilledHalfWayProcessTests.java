package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged jar's first start on an empty folder loads the demo council; killed with
 * {@code kill -9} while it does, the next start must not show half a council as if it were
 * whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoKilledHalfWayProcessTests {

    private static final Duration GENERATING = Duration.ofMinutes(3);
    private HearthProcess hearth;

    @BeforeAll
    void prepareAHearth() throws IOException {
        hearth = new HearthProcess("demo-killed", Map.of("HEARTH_DEMO", "true", "HEARTH_DEMO_CHILDREN", "1000"));
    }

    @AfterAll
    void stopEverythingStarted() throws IOException {
        hearth.close();
    }

    @Test
    void aDemoCouncilKilledHalfWayThroughIsGeneratedWholeAgainAtTheNextStart() throws Exception {
        Process first = hearth.start();
        hearth.awaitLog(first, "Families and people", GENERATING);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(hearth.logOf(1)).as("killed before it finished").doesNotContain("Generated a council");

        Process second = hearth.start();
        hearth.awaitLog(second, "Generated a council", GENERATING);
        String log = hearth.logOf(2);
        assertThat(log).contains("A demo generation was stopped before it finished");
        Matcher families = Pattern.compile("Generated a council .*families=(\\d+)").matcher(log);
        assertThat(families.find()).isTrue();
        try (Connection database = hearth.database()) {
            assertThat(count(database, "SELECT count(*) FROM household"))
                    .as("one council's households, nothing left of the first half")
                    .isEqualTo(Long.parseLong(families.group(1)));
            assertThat(count(database, "SELECT count(*) FROM staff_user WHERE username = 'sam.social'")).isEqualTo(1);
            assertThat(count(database, "SELECT count(*) FROM demo_generation WHERE finished_at IS NOT NULL"))
                    .isEqualTo(1);
        }
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (ResultSet rows = database.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
