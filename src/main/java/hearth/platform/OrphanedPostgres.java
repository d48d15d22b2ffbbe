package hearth.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Hearth killed with {@code kill -9} leaves its embedded PostgreSQL running on the data
 * folder, and a new server refuses to start beside it ({@code lock file "postmaster.pid"
 * already exists}). Before starting, this finds such a server and stops it the way
 * PostgreSQL expects (a fast shutdown writes a checkpoint), so every committed write is
 * kept and Hearth comes back without anyone stopping the server by hand.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration AFTER_KILL = Duration.ofSeconds(15);
    /** The lock the embedded library holds while a live Hearth uses the folder. */
    private static final String LIBRARY_LOCK = "epg-lock";

    private final Path dataDir;
    private final Path pidFile;

    OrphanedPostgres(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.pidFile = this.dataDir.resolve("postmaster.pid");
    }

    /** Stops a server left running on the folder, or removes the pid file a dead one left. */
    void clear() throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = firstLine().flatMap(OrphanedPostgres::parsePid).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("Removing the postmaster.pid left in {} by a server that is no longer running", dataDir);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<List<String>> commandLine = commandLine(process.get().pid());
        if (commandLine.isEmpty()) {
            // Without /proc we cannot tell a live server from a reused pid: leave PostgreSQL to decide.
            return;
        }
        if (!isServerOnThisFolder(commandLine.get())) {
            log.info("Removing the postmaster.pid left in {}: its pid {} now belongs to another program", dataDir,
                    process.get().pid());
            Files.deleteIfExists(pidFile);
            return;
        }
        refuseIfAnotherHearthUsesTheFolder();
        stop(process.get());
    }

    private Optional<String> firstLine() throws IOException {
        try (var lines = Files.lines(pidFile, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(String::trim);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Optional.of(Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A postmaster keeps the command line it was started with: {@code .../postgres -D <folder> ...}. */
    boolean isServerOnThisFolder(List<String> commandLine) {
        if (commandLine.isEmpty() || !Path.of(commandLine.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        int d = commandLine.indexOf("-D");
        return d >= 0 && d + 1 < commandLine.size() && sameFolder(Path.of(commandLine.get(d + 1)));
    }

    private boolean sameFolder(Path folder) {
        try {
            return Files.isSameFile(folder, dataDir);
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize().equals(dataDir);
        }
    }

    /** A live Hearth holds the embedded library's lock on the folder; its server is not an orphan. */
    private void refuseIfAnotherHearthUsesTheFolder() throws IOException {
        try (FileChannel channel = FileChannel.open(dataDir.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("Another Hearth is running on " + dataDir + ": stop it first");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This Hearth already runs a database on " + dataDir, e);
        }
    }

    /**
     * A fast shutdown (SIGINT) ends the sessions, writes a checkpoint and exits; failing that
     * a smart one (SIGTERM). Killing it is the last resort. (pg_ctl would send the same
     * signal but refuses to run as root.)
     */
    private void stop(ProcessHandle server) throws IOException {
        log.warn("A PostgreSQL server (pid {}) left running by a Hearth that stopped without shutting down is still "
                + "using {}: stopping it", server.pid(), dataDir);
        long started = System.nanoTime();
        if ((signal("INT", server) || server.destroy()) && exited(server, SHUTDOWN)) {
            log.info("Stopped the left-over PostgreSQL server with a clean shutdown in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return;
        }
        log.warn("The left-over PostgreSQL server did not shut down; killing it. PostgreSQL replays its write-ahead "
                + "log at the next start, so committed writes are kept");
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        if (!exited(server, AFTER_KILL)) {
            throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + server.pid()
                    + ") still running on " + dataDir);
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean signal(String signal, ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
