package hearth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The ownership list in {@code hearth/table-owners.tsv}, and the rule it sets for a module's SQL. */
final class TableOwners {

    private final Map<String, String> owners;
    private final SqlTableScanner scanner;

    TableOwners(Map<String, String> owners) {
        this.owners = owners;
        this.scanner = new SqlTableScanner(owners.keySet());
    }

    static TableOwners load() {
        try (InputStream in = TableOwners.class.getResourceAsStream("/hearth/table-owners.tsv")) {
            Map<String, String> owners = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cells -> owners.put(cells[0], cells[1]));
            return new TableOwners(owners);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> tables() {
        return owners.keySet();
    }

    String ownerOf(String table) {
        return owners.get(table);
    }

    Set<String> ownedBy(String module) {
        Set<String> tables = new TreeSet<>();
        owners.forEach((table, owner) -> {
            if (owner.equals(module)) {
                tables.add(table);
            }
        });
        return tables;
    }

    /** Each table a module's Java names that another module owns, unless it is that owner's report_* view. */
    List<String> violations(String module, String file, String javaSource) {
        return scanner.inJava(javaSource).stream()
                .filter(use -> !module.equals(ownerOf(use.table())) && !use.table().startsWith("report_"))
                .map(use -> "%s %s:%d names %s, owned by %s".formatted(module, file, use.line(), use.table(),
                        ownerOf(use.table())))
                .distinct().toList();
    }

    /** Each table a migration of {@code module} changes that another module owns. */
    List<String> migrationViolations(String module, String file, String sql) {
        return scanner.changedByMigration(sql).stream()
                .filter(use -> !module.equals(ownerOf(use.table())))
                .map(use -> "%s changes %s, owned by %s, not %s".formatted(file, use.table(), ownerOf(use.table()),
                        module))
                .distinct().toList();
    }
}
