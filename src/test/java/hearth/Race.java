package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.ConcurrentEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two users doing something at the same instant: each on its own thread (so its own
 * transaction), both held at a latch until both are ready, then released together. No
 * sleeps: the database decides who is first.
 */
public final class Race {

    private Race() {
    }

    /** Runs both at once and says how each ended: {@code null} for success, or what it threw. */
    public static Result of(ThrowingRunnable first, ThrowingRunnable second) {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> runs = new ArrayList<>();
            for (ThrowingRunnable user : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        user.run();
                        return null;
                    } catch (Throwable failure) {
                        return failure;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> run : runs) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            return new Result(outcomes);
        } catch (Exception broken) {
            throw new IllegalStateException("The race did not finish", broken);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The same action by two users (or one user's form posted twice) at once. */
    public static Result twice(ThrowingRunnable action) {
        return of(action, action);
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public record Result(List<Throwable> outcomes) {

        /** Exactly one won; the other was told someone else changed the record first. */
        public Result oneWinsAndTheOtherIsToldItChanged() {
            assertThat(outcomes).as("how the two ended").filteredOn(o -> o == null).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o != null).singleElement().isInstanceOf(ConcurrentEdit.class);
            return this;
        }

        /** Both succeeded: a repeated post that found the record the first one made. */
        public Result bothSucceed() {
            assertThat(outcomes).as("how the two ended").containsOnlyNulls();
            return this;
        }

        /** Whether the first of the two won. */
        public boolean firstWon() {
            return outcomes.get(0) == null;
        }
    }
}
