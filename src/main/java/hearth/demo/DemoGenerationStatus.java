package hearth.demo;

import hearth.access.SignInNotice;
import hearth.platform.Progress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * While the demo council is being made its logins do not exist yet (it commits whole at the
 * end), so the sign-in page says so, with the step under way and about how long is left,
 * instead of turning the demo passwords away without a reason. Generation runs on the start
 * thread and the page is read on request threads, hence the volatile fields.
 */
@Component
class DemoGenerationStatus implements SignInNotice {

    /**
     * Seconds of generation per 1,000 children in the area on a shared two-core machine: the
     * demo council's 60,000 took 125 to 173 s across first starts (docs/performance.md), so 150 s.
     */
    static final double SECONDS_PER_THOUSAND_CHILDREN = 2.5;
    private static final long AT_LEAST_SECONDS = 10;

    private final Clock clock;
    private volatile Instant started;
    private volatile Duration expected;
    private volatile Step step;

    DemoGenerationStatus(Clock clock) {
        this.clock = clock;
    }

    void began(int childrenInArea) {
        expected = Duration.ofMillis(Math.round(childrenInArea * SECONDS_PER_THOUSAND_CHILDREN));
        step = null;
        started = clock.instant();
    }

    void stepStarted(int number, int of, String title, Progress progress) {
        step = new Step(number, of, title, progress);
    }

    void ended() {
        started = null;
        step = null;
    }

    @Override
    public Optional<String> current() {
        Instant since = started;
        if (since == null) {
            return Optional.empty();
        }
        long left = Math.max(AT_LEAST_SECONDS, expected.minus(Duration.between(since, clock.instant())).toSeconds());
        Step now = step;
        return Optional.of("The demo council is still being made: sign-in works when it is ready (about "
                + roundUp(left) + " seconds)." + (now == null ? "" : " " + now.describe()));
    }

    private static long roundUp(long seconds) {
        return (seconds + 9) / 10 * 10;
    }

    private record Step(int number, int of, String title, Progress progress) {

        String describe() {
            return "Step " + number + " of " + of + ": " + title.toLowerCase() + ", " + 100 * progress.done()
                    / Math.max(1, progress.total()) + "% done.";
        }
    }
}
