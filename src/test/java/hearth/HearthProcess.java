package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The packaged jar started as an operator starts it, on a temporary data folder and a free
 * port of its own, for the tests that kill it ({@code *ProcessTests}, run by failsafe).
 * {@link #close} kills every JVM it started and any PostgreSQL left on the folder.
 */
final class HearthProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "hearth.jar");

    final Path dataDir;
    final int port;
    private final String name;
    private final Map<String, String> environment;
    private final Path logs;
    private final List<Process> started = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HearthProcess(String name, Map<String, String> environment) throws IOException {
        assertThat(JAR).as("the packaged jar (mvn verify builds it first)").exists();
        this.name = name;
        this.dataDir = Files.createTempDirectory("hearth-" + name + "-");
        this.logs = Files.createDirectories(Path.of("target", "process-tests"));
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.environment = new HashMap<>(environment);
        this.environment.put("HEARTH_DATA_DIR", dataDir.toString());
        this.environment.put("PORT", Integer.toString(port));
    }

    /**
     * {@code java -jar target/hearth.jar}, the README's run command, or one of its subcommands
     * with the arguments given, writing to the run's own log.
     */
    Process start(String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return run(command, Map.of());
    }

    /** A subcommand through {@code scripts/hearth}, the launcher a council's scheduler calls. */
    Process launch(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("scripts", "hearth").toString()));
        command.addAll(List.of(arguments));
        return run(command, Map.of("HEARTH_JAR", JAR.toAbsolutePath().toString(), "HEARTH_JAVA_OPTS", "-Xmx512m",
                "HEARTH_CACHE", dataDir.resolve("cache").toString()));
    }

    private Process run(List<String> command, Map<String, String> more) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log(started.size() + 1).toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(more);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** The output of the n-th start (from 1). */
    Path log(int run) {
        return logs.resolve(name + "-run-" + run + ".log");
    }

    String logOf(int run) throws IOException {
        return Files.readString(log(run));
    }

    /** Waits until the health endpoint answers 200; the time it took. */
    Duration awaitUp(Process process, Duration within) throws Exception {
        long started = System.nanoTime();
        long deadline = started + within.toNanos();
        int run = this.started.indexOf(process) + 1;
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Hearth is running; see " + log(run)).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Hearth did not come up within " + within + "; see " + log(run));
    }

    /** Waits until the n-th start's log shows the text. */
    void awaitLog(Process process, String text, Duration within) throws Exception {
        int run = started.indexOf(process) + 1;
        long deadline = System.nanoTime() + within.toNanos();
        while (!logOf(run).contains(text)) {
            assertThat(process.isAlive()).as("Hearth is running; see " + log(run)).isTrue();
            assertThat(System.nanoTime()).as("\"" + text + "\" within " + within + " in " + log(run))
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The embedded database as its superuser, to check what a start left there. */
    Connection database() throws IOException, SQLException {
        String port = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    @Override
    public void close() throws IOException {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        postgresOnTheFolder().forEach(server -> {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.onExit().join();
        });
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Any PostgreSQL server still running on the folder, found by its command line. */
    private List<ProcessHandle> postgresOnTheFolder() {
        String folder = dataDir.resolve("postgres").toString();
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                String cmdline = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
                return List.of(cmdline.split("\0")).contains(folder);
            } catch (IOException | RuntimeException gone) {
                return false;
            }
        }).toList();
    }
}
