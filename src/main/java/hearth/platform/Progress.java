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
    /** 0 until the work's size is known. */
    private volatile long total;
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

    /** Work whose size is learnt while it runs (see {@link #sized}); until then the bar counts what is done. */
    public Progress(PrintStream out, String task) {
        this.out = out;
        this.task = task;
    }

    /** The work's size, once it is known; may be called from another thread. */
    public void sized(long size) {
        this.total = Math.max(1, size);
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
        if (now - lastDrawn > 200_000_000L || total > 0 && done >= total) {
            lastDrawn = now;
            draw();
        }
    }

    /** How much is done, for a page showing the work's progress while it runs on another thread. */
    public long done() {
        return total == 0 ? done : Math.min(done, total);
    }

    public long total() {
        return total;
    }

    public void finish() {
        if (total == 0) {
            total = Math.max(1, done);
        }
        done = total;
        draw();
        out.println();
    }

    private void draw() {
        long size = total;
        long shown = size == 0 ? done : Math.min(done, size);
        String measure = size == 0 ? String.format("%,d so far", shown) : String.format("[%s%s] %3d%% %,d/%,d",
                "#".repeat((int) (WIDTH * shown / size)), " ".repeat(WIDTH - (int) (WIDTH * shown / size)),
                100 * shown / size, shown, size);
        out.printf("\r%-28s %s %ds", task, measure, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        out.flush();
        onRedraw.run();
    }
}
