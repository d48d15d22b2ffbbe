package hearth.bench;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.people.SearchQuery;
import hearth.platform.Options;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.platform.Subcommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code search-benchmark --queries=1000}: times person searches against whatever index the
 * database holds, the way a practitioner types them (a misspelt name, names in either
 * order, a date of birth), and reports latency percentiles and how often the person
 * sought was among the results.
 */
@Component
class SearchBenchmark implements Subcommand {

    private final PersonIndex people;
    private final JdbcClient jdbc;

    SearchBenchmark(PersonIndex people, JdbcClient jdbc) {
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "search-benchmark";
    }

    @Override
    public int run(Options options) {
        int queries = options.integer("queries", 1_000);
        SplittableRandom random = new SplittableRandom(options.integer("seed", 1));
        List<Sought> sample = jdbc.sql("""
                SELECT id, forenames, surname, date_of_birth FROM report_person
                WHERE kind = 'CHILD' AND date_of_birth IS NOT NULL AND random() < 0.01 LIMIT :n""")
                .param("n", queries).query(Sought.class).list();
        long people = jdbc.sql("SELECT count(*) FROM report_person").query(Long.class).single();
        StaffMember searcher = new StaffMember(UUID.randomUUID(), "benchmark", "Benchmark", Role.HEAD_OF_SERVICE,
                null, null, null);
        Progress progress = new Progress(System.err, "Searching", sample.size());
        List<Long> nameOnly = new ArrayList<>();
        List<Long> nameAndBirth = new ArrayList<>();
        int foundByName = 0;
        int foundWithBirth = 0;
        for (Sought s : sample) {
            String typed = (random.nextBoolean() ? DescriptionNoise.swapLetters(s.forenames(), random) : s.forenames())
                    + " " + s.surname();
            if (random.nextBoolean()) {
                typed = s.surname() + " " + s.forenames();
            }
            foundByName += time(nameOnly, new SearchQuery(typed, null, null, null), searcher, s.id()) ? 1 : 0;
            foundWithBirth += time(nameAndBirth, new SearchQuery(typed, s.dateOfBirth(), null, null), searcher, s.id())
                    ? 1 : 0;
            progress.advance(1);
        }
        progress.finish();
        System.out.printf("person_index=%d queries=%d%n", people, sample.size());
        report("name", nameOnly, foundByName);
        report("name+dob", nameAndBirth, foundWithBirth);
        return 0;
    }

    private boolean time(List<Long> timings, SearchQuery query, StaffMember searcher, PersonId sought) {
        long start = System.nanoTime();
        List<PersonSummary> found = people.search(query, searcher);
        timings.add(System.nanoTime() - start);
        return found.stream().anyMatch(p -> p.id().equals(sought));
    }

    private static void report(String kind, List<Long> timings, int found) {
        long[] sorted = timings.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: p50=%.1fms p95=%.1fms p99=%.1fms found=%.1f%%%n", kind, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), 100.0 * found / Math.max(1, sorted.length));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    record Sought(PersonId id, String forenames, String surname, LocalDate dateOfBirth) {
    }
}
