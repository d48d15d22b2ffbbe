package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTableScannerTests {

    private final TableOwners owners = new TableOwners(Map.of("allocation", "casework", "staff_user", "access",
            "team", "access", "report_staff", "access", "clock", "timeliness"));

    @Test
    void caseworkJoiningStaffUserInATextBlockIsNamedWithTheFileAndLine() {
        String source = """
                class Allocations {
                    String sql = \"""
                            SELECT a.id, u.display_name FROM allocation a
                            LEFT JOIN staff_user u ON u.id = a.worker_id\""";
                }
                """;

        assertThat(owners.violations("casework", "casework/Allocations.java", source))
                .containsExactly("casework casework/Allocations.java:4 names staff_user, owned by access");
    }

    @Test
    void aModuleMayNameItsOwnTablesAndAnotherModulesReportView() {
        String source = "String sql = \"SELECT a.id, s.display_name FROM allocation a JOIN report_staff s ON s.id = a.worker_id\";";

        assertThat(owners.violations("casework", "Allocations.java", source)).isEmpty();
    }

    @Test
    void tablesInCommaListsStringLiteralsAndBulkCopiesAreFound() {
        String source = """
                jdbc.sql("TRUNCATE allocation, team").update();
                BulkCopy copy = new BulkCopy(connection, "clock", "id", "person_id");
                """;

        assertThat(owners.violations("casework", "Load.java", source)).containsExactly(
                "casework Load.java:1 names team, owned by access",
                "casework Load.java:2 names clock, owned by timeliness");
    }

    @Test
    void wordsInCommentsAndMessagesThatAreNotAfterAnSqlKeywordAreNotTables() {
        String source = """
                // joins staff_user from team
                String message = "Select the team the case is moving to";
                char quote = '"';
                """;

        assertThat(owners.violations("casework", "Message.java", source)).isEmpty();
    }

    @Test
    void aMigrationThatIndexesAnotherModulesTableIsNamedButOneThatOnlyReadsItIsNot() {
        String sql = """
                -- Managers look people up by team (a comment naming team is not a change)
                CREATE INDEX clock_by_person ON clock (person_id);
                INSERT INTO allocation (id) SELECT id FROM staff_user;
                """;

        assertThat(owners.migrationViolations("casework", "V40__casework_x.sql", sql))
                .containsExactly("V40__casework_x.sql changes clock, owned by timeliness, not casework");
    }
}
