package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each table belongs to one module (hearth/table-owners.tsv), and only that module's SQL
 * names it, so a module can change its tables without breaking another.
 */
@HearthTest
class TableOwnershipTests {

    /** Migrations up to this one were applied before the naming rule and are never renamed. */
    private static final int LAST_UNNAMED_MIGRATION = 36;

    private static final Path SOURCES = Path.of("src/main/java/hearth");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private final TableOwners owners = TableOwners.load();

    @Autowired
    JdbcClient jdbc;

    @Test
    void noModulesSqlNamesATableAnotherModuleOwns() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : modules()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    violations.addAll(owners.violations(module, SOURCES.relativize(file).toString(),
                            Files.readString(file)));
                }
            }
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void everyTableAndViewInTheDatabaseHasAnOwnerAndTheListNamesNoOther() {
        Set<String> inDatabase = new TreeSet<>(jdbc.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()""")
                .query(String.class).list());

        Set<String> listed = new TreeSet<>(owners.tables());

        assertThat(inDatabase).as("tables and views in the database").isSubsetOf(listed);
        assertThat(listed).as("tables and views in the ownership list").isSubsetOf(inDatabase);
    }

    @Test
    void everyOwnerIsAModule() throws IOException {
        assertThat(modules()).containsAll(owners.tables().stream().map(owners::ownerOf).toList());
    }

    @Test
    void newMigrationsNameTheirModuleAndChangeOnlyItsTables() throws IOException {
        Pattern named = Pattern.compile("V(\\d+)__([a-z]+)_\\w+\\.sql");
        List<String> violations = new ArrayList<>();
        Set<String> modules = modules();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Matcher m = named.matcher(name);
                if (!name.matches("V(\\d+)__.*") || version(name) <= LAST_UNNAMED_MIGRATION) {
                    continue;
                }
                if (!m.matches() || !modules.contains(m.group(2))) {
                    violations.add(name + " does not start with its module: V<n>__<module>_<what>.sql");
                    continue;
                }
                violations.addAll(owners.migrationViolations(m.group(2), name, Files.readString(file)));
            }
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void theArchitectureDocShowsEachModulesTablesFromTheList() throws IOException {
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]*) \\|$");
        Pattern table = Pattern.compile("`(\\w+)`");
        List<String> mismatches = new ArrayList<>();
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher m = row.matcher(line);
            if (m.matches() && modules().contains(m.group(1))) {
                rows.add(m.group(1));
                Set<String> shown = new TreeSet<>();
                table.matcher(m.group(2)).results().forEach(r -> shown.add(r.group(1)));
                if (!shown.equals(owners.ownedBy(m.group(1)))) {
                    mismatches.add(m.group(1) + " shows " + shown + ", the list says " + owners.ownedBy(m.group(1)));
                }
            }
        }

        assertThat(mismatches).isEmpty();
        assertThat(rows).as("a row for every module").isEqualTo(modules());
    }

    private static int version(String migration) {
        return Integer.parseInt(migration.substring(1, migration.indexOf("__")));
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return new TreeSet<>(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList());
        }
    }
}
