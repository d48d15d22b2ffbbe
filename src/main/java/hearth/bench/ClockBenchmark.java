package hearth.bench;

import hearth.childprotection.EnquiryId;
import hearth.platform.Options;
import hearth.platform.PersonId;
import hearth.platform.Subcommand;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.timeliness.ClocksBulkLoad;
import hearth.timeliness.Timescales;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code clock-benchmark --cases=400000}: loads open clocks for a national-size set of open
 * cases, times recomputing and storing every one of them from the database, then times
 * single events (a clock started or recomputed) and reports the 95th percentile.
 */
@Component
class ClockBenchmark implements Subcommand {

    private final Clocks clocks;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Timescales timescales;

    ClockBenchmark(Clocks clocks, DataSource dataSource, TransactionTemplate transactions, Timescales timescales) {
        this.clocks = clocks;
        this.timescales = timescales;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "clock-benchmark";
    }

    @Override
    public int run(Options options) {
        int cases = options.integer("cases", 400_000);
        int events = options.integer("events", 2_000);
        load(cases);
        long started = System.nanoTime();
        long moved = clocks.recomputeAll(); // it reads and recomputes every open clock; only changed ones are written
        double recomputeSeconds = (System.nanoTime() - started) / 1e9;
        List<Long> timings = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < events; i++) {
            PersonId person = new PersonId(UUID.randomUUID());
            Instant anchor = clocks.now().minus(Duration.ofDays(random.nextInt(30)));
            long t = System.nanoTime();
            clocks.start(person, ClockKind.INITIAL_CONFERENCE, ClockSubject.enquiry(new EnquiryId(UUID.randomUUID())), anchor);
            timings.add(System.nanoTime() - t);
        }
        long[] sorted = timings.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("open_clocks=%d moved=%d recompute_seconds=%.1f event_p50_ms=%.2f event_p95_ms=%.2f%n",
                2L * cases, moved, recomputeSeconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
        return 0;
    }

    /** Two open clocks a case, as a case in the child protection pathway has. */
    private void load(int cases) {
        SplittableRandom random = new SplittableRandom(1);
        ClockKind[] kinds = ClockKind.values();
        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (ClocksBulkLoad copy = new ClocksBulkLoad(connection, timescales)) {
                for (int i = 0; i < cases; i++) {
                    UUID person = UUID.randomUUID();
                    for (int k = 0; k < 2; k++) {
                        Instant anchor = clocks.now().minus(Duration.ofDays(random.nextInt(120)));
                        copy.clock(person, kinds[random.nextInt(kinds.length)], ClockSubject.enquiry(new EnquiryId(UUID.randomUUID())),
                                anchor, null);
                    }
                    if (copy.pending() >= 50_000) {
                        copy.close();
                    }
                }
            }
        });
    }
}
