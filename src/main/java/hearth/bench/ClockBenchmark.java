package hearth.bench;

import hearth.platform.Options;
import hearth.platform.Subcommand;
import hearth.timeliness.ClockBulkLoad;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
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

    ClockBenchmark(Clocks clocks, DataSource dataSource, TransactionTemplate transactions) {
        this.clocks = clocks;
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
        String tag = "bench-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        load(cases, tag);
        long started = System.nanoTime();
        long recomputed = clocks.recomputeAll(); // it visits every open clock, so this is also their count
        double recomputeSeconds = (System.nanoTime() - started) / 1e9;
        List<Long> timings = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < events; i++) {
            UUID person = UUID.randomUUID();
            Instant anchor = Instant.now().minus(Duration.ofDays(random.nextInt(30)));
            long t = System.nanoTime();
            clocks.start(person, ClockKind.INITIAL_CONFERENCE, tag + "event-" + i, anchor);
            timings.add(System.nanoTime() - t);
        }
        long[] sorted = timings.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("open_clocks=%d recomputed=%d recompute_seconds=%.1f event_p50_ms=%.2f event_p95_ms=%.2f%n",
                recomputed, recomputed, recomputeSeconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
        return 0;
    }

    /** Two open clocks a case, as a case in the child protection pathway has. */
    private void load(int cases, String tag) {
        SplittableRandom random = new SplittableRandom(1);
        ClockKind[] kinds = ClockKind.values();
        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (ClockBulkLoad copy = new ClockBulkLoad(connection)) {
                for (int i = 0; i < cases; i++) {
                    UUID person = UUID.randomUUID();
                    for (int k = 0; k < 2; k++) {
                        Instant anchor = Instant.now().minus(Duration.ofDays(random.nextInt(120)));
                        copy.open(person, kinds[random.nextInt(kinds.length)], tag + i + "-" + k, anchor, anchor);
                    }
                }
            }
        });
    }
}
