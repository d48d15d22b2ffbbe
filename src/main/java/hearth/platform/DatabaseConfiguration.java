package hearth.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Hearth always runs on PostgreSQL. With no {@code HEARTH_DB_URL} it starts an embedded
 * PostgreSQL whose data folder survives restarts, so a council can try Hearth with one
 * command and keep what it typed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final double NAME_SIMILARITY_THRESHOLD = 0.4;

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${hearth.db.url:}") String url,
                          @Value("${hearth.db.username:}") String username,
                          @Value("${hearth.db.password:}") String password,
                          @Value("${hearth.db.pool-size:10}") int poolSize,
                          EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth");
        config.setMaximumPoolSize(poolSize);
        // Name search offers people at least this similar (0.3 by default): fewer, better
        // candidates, and a quarter of the time on a million-person index (docs/performance.md).
        config.setConnectionInitSql("SET pg_trgm.similarity_threshold = " + NAME_SIMILARITY_THRESHOLD);
        if (StringUtils.hasText(url)) {
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
        } else {
            config.setJdbcUrl(embedded.start().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedDatabase embeddedDatabase(@Value("${hearth.db.data-dir:./hearth-data/postgres}") Path dataDir,
                                      @Value("${hearth.db.clean:false}") boolean clean) {
        return new EmbeddedDatabase(dataDir, clean);
    }

    /** Started only when no server URL is configured. */
    static final class EmbeddedDatabase {
        private final Path dataDir;
        private final boolean clean;
        private EmbeddedPostgres postgres;

        EmbeddedDatabase(Path dataDir, boolean clean) {
            this.dataDir = dataDir.toAbsolutePath();
            this.clean = clean;
        }

        synchronized EmbeddedPostgres start() {
            if (postgres != null) {
                return postgres;
            }
            try {
                Files.createDirectories(dataDir);
                removeStalePidFile();
                log.info("Starting embedded PostgreSQL with data in {}", dataDir);
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(clean)
                        // Spring stops it after everything that uses it; a JVM hook of its own
                        // would stop it first and leave the shutdown waiting on connections.
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", clean ? "off" : "on")
                        .start();
                return postgres;
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir, e);
            }
        }

        /** A hard stop leaves postmaster.pid behind and PostgreSQL would refuse to start. */
        private void removeStalePidFile() throws IOException {
            Path pid = dataDir.resolve("postmaster.pid");
            if (Files.exists(pid)) {
                String first = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
                boolean alive = !first.isEmpty() && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.delete(pid);
                }
            }
        }

        void stop() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
