package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.HearthTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own connection, as an attacker with the application's credentials would use it. */
@HearthTest
class DatabaseRolesIntegrationTests {

    @Autowired JdbcClient jdbc;

    @Test
    void theApplicationConnectsAsARoleThatIsNotTheOwnerOfTheSchema() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("hearth_app");
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE tableowner = current_user").query(Long.class).single())
                .isZero();
    }

    @Test
    void theApplicationsRoleCanAddToTheAuditTrail() {
        int added = jdbc.sql("INSERT INTO audit_entry (at, username, action, allowed) VALUES (now(), 'roles test', "
                + "'TEST', true)").update();
        assertThat(added).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE audit_entry SET username = 'someone else'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "DROP TRIGGER audit_entry_append_only ON audit_entry",
            "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
            "ALTER TABLE audit_entry ADD COLUMN note text",
            "DROP TABLE audit_entry",
            "ALTER TABLE audit_entry OWNER TO hearth_app",
            "CREATE TABLE audit_entry_copy (id bigint)"})
    void theApplicationsRoleCannotChangeRemoveOrUnprotectTheAuditTrail(String statement) {
        assertThatThrownBy(() -> jdbc.sql(statement).update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
    }
}
