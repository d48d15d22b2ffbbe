package hearth.platform;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A text progress bar for long-running work, drawn on one line of the terminal and
 * redrawn at most a few times a second so that it never slows the work down.
 */
public final class Progress {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String task;
    private long total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done;
    private Runnable onDoubling = () -> { };
    private long nextDoubling = 32;
    private Runnable onRedraw = () -> { };

    public Progress(PrintStream out, String task, long total) {
        this.out = out;
        this.task = task;
        this.total = Math.max(1, total);
    }

    /** Runs {@code action} each time the work done doubles, from 32 units on. */
    public Progress whenDoubled(Runnable action) {
        this.onDoubling = action;
        return this;
    }

    /**
     * Runs {@code action} each time the bar is redrawn (at most five times a second, and at
     * the end), so a page following background work sees it move as the terminal would.
     */
    public Progress whenRedrawn(Runnable action) {
        this.onRedraw = action;
        return this;
    }

    public void advance(long steps) {
        done += steps;
        if (done >= nextDoubling) {
            nextDoubling *= 2;
            onDoubling.run();
        }
        long now = System.nanoTime();
        if (now - lastDrawn > 200_000_000L || done >= total) {
            lastDrawn = now;
            draw();
        }
    }

    /** How much is done, for a page showing the work's progress while it runs on another thread. */
    public long done() {
        return Math.min(done, total);
    }

    public long total() {
        return total;
    }

    public void finish() {
        done = total;
        draw();
        out.println();
    }

    private void draw() {
        long shown = Math.min(done, total);
        out.printf("\r%-28s [%s%s] %3d%% %,d/%,d %ds", task, "#".repeat((int) (WIDTH * shown / total)),
                " ".repeat(WIDTH - (int) (WIDTH * shown / total)), 100 * shown / total, shown, total,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        out.flush();
        onRedraw.run();
    }
}
