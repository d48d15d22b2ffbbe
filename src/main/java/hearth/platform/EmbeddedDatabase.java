package hearth.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, started only when no server URL is configured. It keeps its data
 * in a folder that survives restarts, so it is run as durably as a real server: a commit is
 * on disk before Hearth acknowledges it.
 */
final class EmbeddedDatabase {

    /** Owns the schema and runs the migrations. */
    static final String OWNER = "hearth_owner";
    /** The application's pool: reads and writes rows, never changes the schema or the audit trail. */
    static final String APP = "hearth_app";
    private static final String DATABASE = "postgres";

    private static final String ROLES = """
            DO $$
            DECLARE r record;
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hearth_owner') THEN
                    CREATE ROLE hearth_owner LOGIN;
                END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hearth_app') THEN
                    CREATE ROLE hearth_app LOGIN;
                END IF;
                -- The extensions Hearth uses are trusted: the database's CREATE right is enough.
                GRANT CREATE ON DATABASE postgres TO hearth_owner;
                ALTER SCHEMA public OWNER TO hearth_owner;
                FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                           AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                           AND d.objid = c.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO hearth_owner', r.name);
                END LOOP;
                -- Sequences of serial columns moved with their tables; these stand alone.
                FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                           AND c.relkind = 'S'
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                           AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO hearth_owner', r.name);
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                         WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole
                           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                           AND d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO hearth_owner', r.name);
                END LOOP;
            END $$""";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDir;
    private final boolean clean;
    private EmbeddedPostgres postgres;

    EmbeddedDatabase(Path dataDir, boolean clean) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clean = clean;
    }

    /** The JDBC URL, after starting the server the first time it is asked for. */
    synchronized String url() {
        if (postgres == null) {
            postgres = start();
            createRoles();
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private EmbeddedPostgres start() {
        try {
            Files.createDirectories(dataDir);
            new OrphanedPostgres(dataDir).clear();
            log.info("Starting embedded PostgreSQL with data in {}", dataDir);
            // A folder wiped at every start (the tests) need not survive a power cut; any other must.
            String durable = clean ? "off" : "on";
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    // Spring stops it after everything that uses it; a JVM hook of its own
                    // would stop it first and leave the shutdown waiting on connections.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * The server's own superuser creates the two roles. Folders made by earlier versions
     * hold objects owned by that superuser; they are handed to the owner role so that its
     * migrations can change them.
     */
    private void createRoles() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(ROLES);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database roles in " + dataDir, e);
        }
    }

    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
