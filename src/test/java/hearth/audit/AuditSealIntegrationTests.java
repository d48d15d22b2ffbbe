package hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import hearth.HearthTest;
import hearth.platform.PersonId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain of seals, tried as an auditor would: an untouched trail verifies; an entry
 * altered or deleted by the database's owner (append-only trigger disabled) is named.
 */
@HearthTest
class AuditSealIntegrationTests {

    @Autowired AuditTrail audit;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerification verification;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void anUntouchedTrailVerifies() throws Exception {
        sealed(recorded());
        AuditVerification.Result result = verify();
        assertThat(result.isWhole()).as(result.problem()).isTrue();
        assertThat(result.checked()).isPositive();
    }

    @Test
    void anEntryAlteredByTheDatabaseOwnerIsNamed() throws Exception {
        long id = sealed(recorded());
        asOwner("UPDATE audit_entry SET username = 'someone else' WHERE id = " + id);
        try {
            AuditVerification.Result result = verify();
            assertThat(result.brokenAt()).isEqualTo(id);
            assertThat(result.problem()).contains("altered");
        } finally {
            asOwner("UPDATE audit_entry SET username = 'seal test' WHERE id = " + id);
        }
        assertThat(verify().isWhole()).isTrue();
    }

    @Test
    void anEntryDeletedByTheDatabaseOwnerIsNamed() throws Exception {
        long id = sealed(recorded());
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            sql.execute("CREATE TEMP TABLE kept AS SELECT * FROM audit_entry WHERE id = " + id);
            withTriggerOff(owner, "DELETE FROM audit_entry WHERE id = " + id);
            try {
                AuditVerification.Result result = verify();
                assertThat(result.brokenAt()).isEqualTo(id);
                assertThat(result.problem()).contains("deleted");
            } finally {
                sql.execute("INSERT INTO audit_entry SELECT * FROM kept");
            }
        }
        assertThat(verify().isWhole()).isTrue();
    }

    @Test
    void anEntryIsNotSealedWhileAnOlderEntryMayStillCommitBeforeIt() throws Exception {
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (Statement sql = slow.createStatement()) {
                sql.execute("INSERT INTO audit_entry (at, username, action, allowed) VALUES (now(), 'slow', 'SEAL_TEST', true)");
            }
            long later = recorded();
            for (int i = 0; i < 3; i++) {
                sealer.seal();
            }
            assertThat(isSealed(later)).isFalse();
            slow.commit();
            sealed(later);
        }
        assertThat(verify().isWhole()).isTrue();
    }

    @Test
    void theSealTableIsAppendOnlyForTheApplicationAndItsOwnerAlike() throws SQLException {
        long id = sealed(recorded());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_seal WHERE entry_id = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("permission denied");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE audit_seal SET key_id = 'x'").update())
                .rootCause().hasMessageContaining("permission denied");
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.execute("DELETE FROM audit_seal WHERE entry_id = " + id))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.execute("UPDATE audit_seal SET key_id = 'x'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(isSealed(id)).isTrue();
    }

    private long recorded() {
        String action = "SEAL_TEST_" + UUID.randomUUID();
        audit.record(new AuditTrail.Entry(null, "seal test", action, new PersonId(UUID.randomUUID()), "tamper test", null, true));
        return jdbc.sql("SELECT id FROM audit_entry WHERE action = :a").param("a", action).query(Long.class).single();
    }

    /** Sealing waits for older transactions (background listeners too), so it may take a few steps. */
    private long sealed(long id) {
        for (int step = 0; step < 100 && !isSealed(id); step++) {
            sealer.seal();
            if (!isSealed(id)) {
                pause();
            }
        }
        assertThat(isSealed(id)).as("entry %d sealed", id).isTrue();
        return id;
    }

    private boolean isSealed(long id) {
        return jdbc.sql("SELECT count(*) FROM audit_seal WHERE entry_id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private AuditVerification.Result verify() {
        return verification.verify(new PrintStream(new ByteArrayOutputStream()));
    }

    private void asOwner(String statement) throws SQLException {
        try (Connection owner = owner()) {
            withTriggerOff(owner, statement);
        }
    }

    private static void withTriggerOff(Connection owner, String statement) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            sql.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            sql.execute(statement);
            sql.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
        }
        owner.commit();
        owner.setAutoCommit(true);
    }

    /** The test database's superuser, who owns the tables: what a rogue administrator could do. */
    private Connection owner() throws SQLException {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl().replaceFirst("\\?.*", "");
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
