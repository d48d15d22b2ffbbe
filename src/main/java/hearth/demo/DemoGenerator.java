package hearth.demo;

import hearth.access.Staff;
import hearth.audit.AuditTrail;
import hearth.platform.Progress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a synthetic council by running every generation step in order, showing progress.
 * All in one transaction: a council is made whole or not at all. A mark committed before it
 * and finished inside it lets the next start find a generation that was killed half-way.
 */
@Service
public class DemoGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);

    private final List<GenerationStep> steps;
    private final Staff staff;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final DemoGenerationMarker marker;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final DemoGenerationStatus status;

    DemoGenerator(List<GenerationStep> steps, Staff staff, Clock clock, JdbcClient jdbc, DemoGenerationMarker marker,
                  TransactionTemplate transactions, AuditTrail audit, DemoGenerationStatus status) {
        this.status = status;
        this.steps = steps;
        this.staff = staff;
        this.clock = clock;
        this.jdbc = jdbc;
        this.marker = marker;
        this.transactions = transactions;
        this.audit = audit;
    }

    public boolean databaseIsEmpty() {
        return !staff.hasAnyUser();
    }

    /**
     * @param childrenInArea children living in the council's area (60,000 for the demo, 300,000 for the benchmark)
     * @param years years of history to make
     */
    public Summary generate(int childrenInArea, int years, long seed, PrintStream out) {
        if (childrenInArea < 1_000 || years < 1) {
            throw new IllegalArgumentException("A council needs at least 1,000 children and 1 year of history");
        }
        if (!databaseIsEmpty()) {
            throw new IllegalArgumentException("The database already holds a council: generate into an empty database");
        }
        marker.begin(childrenInArea, years, seed);
        status.began(childrenInArea);
        try {
            return transactions.execute(transaction -> {
                Summary summary = generateSteps(childrenInArea, years, seed, out);
                marker.finish();
                return summary;
            });
        } finally {
            status.ended();
        }
    }

    private Summary generateSteps(int childrenInArea, int years, long seed, PrintStream out) {
        long started = System.nanoTime();
        skipChangeAuditing();
        SyntheticCouncil council = new SyntheticCouncil(childrenInArea, years, seed, LocalDate.now(clock), clock.instant());
        for (GenerationStep step : steps) {
            Progress progress = new Progress(out, step.title(), step.size(council));
            status.stepStarted(steps.indexOf(step) + 1, steps.size(), step.title(), progress);
            if (step.writesRowByRow()) {
                progress.whenDoubled(this::analyse);
            }
            step.run(council, progress);
            progress.finish();
        }
        Summary summary = new Summary(council.families(), council.peopleRecorded, council.openCases(),
                Duration.ofNanos(System.nanoTime() - started));
        log.info("Generated a council of {} children in the area: {}", childrenInArea, summary);
        audit.record(new AuditTrail.Entry(null, "hearth", "GENERATE_DEMO", null, "synthetic council of "
                + childrenInArea + " children in the area, " + years + " years, seed " + seed + ": " + summary, null, true));
        return summary;
    }

    /**
     * A synthetic council is made by Hearth, not by a person: the trail gets one entry for
     * the generation instead of one per generated row, which would double its time.
     */
    private void skipChangeAuditing() {
        jdbc.sql("SELECT set_config('hearth.bulk_load', 'on', true)").query(String.class).single();
    }

    /**
     * Every table grows from empty inside this one transaction. A statement's plan cached
     * while a table was tiny (a sequential scan) would stay as it grows; analysing as the
     * work doubles gives the planner true sizes and replans the cached statements.
     */
    private void analyse() {
        TableStatistics.refresh(jdbc);
    }

    public record Summary(int families, long people, int openCases, Duration took) {
    }
}
