package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar as a council runs it, as a process: {@code kill -9} in the middle of a
 * burst of partner referrals, then the same start command on the same data folder. Run by
 * {@code mvn verify} (failsafe) after the jar is built. Prints the figures for
 * docs/reliability.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledMidBurstProcessTests {

    private static final Duration FIRST_START = Duration.ofMinutes(3);
    private static final Duration RESTART = Duration.ofMinutes(2);
    private static final int SENDERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final String SECRET = UUID.randomUUID().toString();
    private static final Pattern REFERRAL_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HearthProcess hearth;

    @BeforeAll
    void prepareAHearth() throws IOException {
        hearth = new HearthProcess("killed-mid-burst", Map.of("HEARTH_DEMO", "false",
                "HEARTH_API_DEMO_CLIENT_SECRET", SECRET));
    }

    @Test
    @Order(1)
    void afterKillMinusNineMidBurstHearthComesBackUnaidedLosingNoAcknowledgedReferralAndMakingNoneTwice()
            throws Exception {
        Process first = hearth.start();
        hearth.awaitUp(first, FIRST_START);
        Burst burst = new Burst(token());
        burst.start();
        burst.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(60));
        first.destroyForcibly();
        burst.stop();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Duration restart = hearth.awaitUp(hearth.start(), RESTART);
        assertThat(hearth.logOf(2)).as("the restart stopped the server the killed Hearth left running")
                .contains("left running by a Hearth that stopped without shutting down");

        String token = token();
        Map<String, String> referralByKey = new ConcurrentHashMap<>();
        for (String key : burst.sent.keySet()) {
            HttpResponse<String> again = send(token, key, burst.sent.get(key));
            assertThat(again.statusCode()).as("resending " + key).isEqualTo(201);
            referralByKey.put(key, referralId(again.body()));
        }
        burst.acknowledged.forEach((key, id) -> assertThat(referralByKey.get(key))
                .as("the referral acknowledged for " + key + " is still there").isEqualTo(id));
        assertThat(Set.copyOf(referralByKey.values())).as("one referral per key").hasSize(burst.sent.size());
        assertThat(referralsOfThePolice(token)).as("no referral made twice").hasSize(burst.sent.size());
        assertThat(burst.serverErrors).as("answers that were a 5xx").isEmpty();

        System.out.printf("Killed mid-burst: sent=%d acknowledged=%d unanswered=%d recovered=%d restart=%.1fs%n",
                burst.sent.size(), burst.acknowledged.size(), burst.sent.size() - burst.acknowledged.size(),
                burst.acknowledged.keySet().stream().filter(k -> burst.acknowledged.get(k)
                        .equals(referralByKey.get(k))).count(), restart.toMillis() / 1000.0);
    }

    @Test
    @Order(2)
    void severalSendsOfOneKeyAtTheSameInstantMakeOneReferral() throws Exception {
        String token = token();
        int before = referralsOfThePolice(token).size();
        String key = UUID.randomUUID().toString();
        String body = referral("Latch");
        CountDownLatch ready = new CountDownLatch(SENDERS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                answers.add(senders.submit(() -> {
                    ready.countDown();
                    go.await();
                    return send(token, key, body);
                }));
            }
            ready.await();
            go.countDown();
            Set<String> referrals = ConcurrentHashMap.newKeySet();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isLessThan(500);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 201) {
                    referrals.add(referralId(response.body()));
                }
            }
            assertThat(referrals).hasSize(1);
            System.out.printf("One key sent %d times at once: answers %s%n", SENDERS, statuses);
        } finally {
            senders.shutdownNow();
        }
        assertThat(referralsOfThePolice(token)).hasSize(before + 1);
    }

    @AfterAll
    void stopEverythingStarted() throws IOException {
        hearth.close();
    }

    private String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("brackenford-police:" + SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(hearth.uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=referrals")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(String token, String key, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(hearth.uri("/api/v1/referrals")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> referralsOfThePolice(String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(hearth.uri("/api/v1/referrals"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return REFERRAL_ID.matcher(response.body()).results().map(m -> m.group(1)).toList();
    }

    private static String referralId(String body) {
        Matcher id = REFERRAL_ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }

    private static String referral(String surname) {
        return """
                {"referralSource": "2A",
                 "children": [{"forenames": "Nia", "surname": "%s", "dateOfBirth": "2016-04-01", "postcode": "BK2 3AB"}],
                 "worry": "Nia has said she is frightened to go home.", "urgency": "URGENT", "consent": "GIVEN",
                 "referrer": {"name": "Dee Lead", "role": "Police officer", "phone": "01632 960555"}}
                """.formatted(surname);
    }

    /** Several partners' systems sending referrals at once, each with its own key, until stopped. */
    private final class Burst {
        final Map<String, String> sent = new ConcurrentHashMap<>();
        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final List<String> serverErrors = new CopyOnWriteArrayList<>();
        private final String token;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);

        Burst(String token) {
            this.token = token;
        }

        void start() {
            for (int i = 0; i < SENDERS; i++) {
                senders.submit(this::sendUntilStopped);
            }
        }

        private Void sendUntilStopped() throws InterruptedException {
            while (!stopped.get()) {
                String key = UUID.randomUUID().toString();
                String body = referral("Burst" + key.substring(0, 8));
                sent.put(key, body);
                try {
                    HttpResponse<String> response = send(token, key, body);
                    if (response.statusCode() == 201) {
                        acknowledged.put(key, referralId(response.body()));
                    } else if (response.statusCode() >= 500) {
                        serverErrors.add(key + ": " + response.statusCode() + " " + response.body());
                    }
                } catch (IOException killed) {
                    // The process died with the request in flight: its outcome is unknown to the sender.
                }
            }
            return null;
        }

        void awaitAcknowledged(int count, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (acknowledged.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged.size()).as("referrals acknowledged before the kill").isGreaterThanOrEqualTo(count);
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            senders.shutdown();
            assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
