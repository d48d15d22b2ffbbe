package hearth.bench;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.frontdoor.PoliceNotification;
import hearth.frontdoor.PoliceNotifications;
import hearth.people.PersonIndex;
import hearth.people.PersonMatcher;
import hearth.platform.Options;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.platform.Subcommand;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code intake-benchmark --notifications=5000 --threads=4}: police notifications about
 * children already in the index, described with realistic noise, are received (stored as
 * contacts) and their children matched. Reports notifications a second, and the precision,
 * recall and F1 of the likely matches against the known truth.
 */
@Component
class IntakeBenchmark implements Subcommand {

    private final PoliceNotifications notifications;
    private final PersonMatcher matcher;
    private final PersonIndex people;
    private final JdbcClient jdbc;

    IntakeBenchmark(PoliceNotifications notifications, PersonMatcher matcher, PersonIndex people, JdbcClient jdbc) {
        this.notifications = notifications;
        this.matcher = matcher;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "intake-benchmark";
    }

    @Override
    public int run(Options options) {
        int count = options.integer("notifications", 5_000);
        int threads = options.integer("threads", 4);
        List<Truth> truths = sample(count);
        long indexed = jdbc.sql("SELECT count(*) FROM report_person").query(Long.class).single();
        StaffMember hub = new StaffMember(UUID.randomUUID(), "benchmark", "Benchmark", Role.MASH_PRACTITIONER, null,
                null, null);
        String force = "Benchmark Police " + UUID.randomUUID().toString().substring(0, 8);
        Progress progress = new Progress(System.err, "Receiving and matching", truths.size());
        long started = System.nanoTime();
        int[] tally = new int[2];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<int[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < truths.size(); i++) {
                Truth truth = truths.get(i);
                int index = i;
                results.add(pool.submit(() -> receiveAndMatch(truth, force, index, hub)));
            }
            for (Future<int[]> result : results) {
                int[] r = result.get();
                tally[0] += r[0];
                tally[1] += r[1];
                synchronized (progress) {
                    progress.advance(1);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark failed", e);
        } finally {
            pool.shutdown();
        }
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        double precision = tally[0] / (double) Math.max(1, tally[0] + tally[1]);
        double recall = tally[0] / (double) Math.max(1, truths.size());
        System.out.printf("person_index=%d notifications=%d threads=%d seconds=%.1f per_second=%.0f "
                        + "precision=%.3f recall=%.3f f1=%.3f%n", indexed, truths.size(), threads, seconds,
                truths.size() / seconds, precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall));
        return 0;
    }

    /** @return {true positives, false positives} among the likely matches for this notification's child */
    private int[] receiveAndMatch(Truth truth, String force, int index, StaffMember hub) {
        Random random = new Random(index);
        PersonMatcher.Described described = DescriptionNoise.of(truth.forenames(), truth.surname(), truth.dateOfBirth(),
                truth.postcode(), random);
        notifications.receive(new PoliceNotification(force, "BENCH-" + index, null, LocalDateTime.now().minusHours(3),
                "domestic abuse", described.postcode(), "standard", "standard", "Benchmark notification", null,
                List.of(new PoliceNotification.Person("child", described.surname(), described.forenames(),
                        described.dateOfBirth(), "U", null, described.postcode()))), hub);
        List<PersonMatcher.Candidate> likely = matcher.candidates(described).stream()
                .filter(PersonMatcher.Candidate::likely).toList();
        boolean found = likely.stream().anyMatch(c -> c.person().id().equals(truth.id()));
        long wrong = likely.stream().filter(c -> !c.person().id().equals(truth.id()))
                .filter(c -> !(c.person().surname().equals(truth.surname())
                        && truth.dateOfBirth().equals(c.person().dateOfBirth()))).count();
        return new int[] {found ? 1 : 0, (int) wrong};
    }

    /**
     * Children in the index with a date of birth and a current postcode (from people's API),
     * about one in twenty, sampled twice over since some have no address.
     */
    private List<Truth> sample(int count) {
        List<PersonId> sampled = jdbc.sql("""
                SELECT id FROM report_person WHERE kind = 'CHILD' AND date_of_birth IS NOT NULL AND random() < 0.05
                LIMIT :n""").param("n", 2 * count).query(UUID.class).list()
                .stream().map(PersonId::new).toList();
        return people.summaries(sampled).stream().filter(p -> p.postcode() != null).limit(count)
                .map(p -> new Truth(p.id(), p.forenames(), p.surname(), p.dateOfBirth(), p.postcode())).toList();
    }

    record Truth(PersonId id, String forenames, String surname, LocalDate dateOfBirth, String postcode) {
    }
}
