package hearth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a piece of Java names in its SQL: the string literals and text blocks
 * after FROM, JOIN, INTO, UPDATE, TABLE, TRUNCATE, COPY, ONLY or ON (an index or trigger),
 * and the table given to {@code BulkCopy} or {@code LatestChange}. Only names in the
 * ownership list count, so words in messages ("moved from team") are not mistaken for SQL
 * unless they follow a keyword and name a table.
 */
final class SqlTableScanner {

    /** A table named at a line of the source. */
    record Use(String table, int line) {
    }

    private static final String KEYWORDS = "FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE|COPY|ONLY|VIEW";

    private static final String NAMES = "\\s+((?:[a-z_][a-z0-9_]*)(?:\\s*,\\s*[a-z_][a-z0-9_]*)*)";

    /** In Java the table of an ON always follows a JOIN already found, and "on" is common in messages. */
    private static final Pattern IN_JAVA = Pattern.compile("\\b(?:" + KEYWORDS + ")" + NAMES,
            Pattern.CASE_INSENSITIVE);

    /**
     * The tables a migration changes: created, altered, dropped, written, indexed, given a
     * trigger or a comment. What it only reads (after FROM or JOIN) is not a change.
     */
    private static final Pattern CHANGED_BY_MIGRATION = Pattern.compile(
            "\\b(?:TABLE|INTO|UPDATE|TRUNCATE|VIEW|ON|COLUMN|DELETE\\s+FROM)" + NAMES, Pattern.CASE_INSENSITIVE);

    /** Table arguments of the platform's helpers, which build the SQL themselves. */
    private static final Pattern TABLE_ARGUMENT = Pattern.compile(
            "(?:new\\s+BulkCopy|LatestChange\\.\\w+)\\s*\\(([^;]*);");

    private final Set<String> known;

    SqlTableScanner(Set<String> known) {
        this.known = known;
    }

    List<Use> inJava(String source) {
        List<Use> uses = new ArrayList<>();
        for (Literal literal : literals(source)) {
            uses.addAll(named(IN_JAVA, literal.text(), literal.line()));
        }
        Matcher call = TABLE_ARGUMENT.matcher(source);
        while (call.find()) {
            literals(call.group(1)).stream().map(Literal::text).filter(known::contains).findFirst()
                    .ifPresent(table -> uses.add(new Use(table, line(source, call.start()))));
        }
        return uses;
    }

    List<Use> changedByMigration(String sql) {
        return named(CHANGED_BY_MIGRATION, sql.replaceAll("--[^\\n]*", ""), 1);
    }

    private List<Use> named(Pattern pattern, String sql, int firstLine) {
        List<Use> uses = new ArrayList<>();
        Matcher m = pattern.matcher(sql);
        while (m.find()) {
            for (String name : m.group(1).split("\\s*,\\s*")) {
                String table = name.toLowerCase();
                if (known.contains(table)) {
                    uses.add(new Use(table, firstLine + line(sql, m.start()) - 1));
                }
            }
        }
        return uses;
    }

    private record Literal(String text, int line) {
    }

    /** String literals and text blocks, skipping comments and character literals. */
    private static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i));
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2)) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = end(source, source.indexOf("\"\"\"", i + 3));
                literals.add(new Literal(source.substring(i + 3, close), line(source, i)));
                i = close + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(new Literal(source.substring(i + 1, Math.min(j, source.length())), line(source, i)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(String source, int index) {
        return index < 0 ? source.length() : index;
    }

    private static int line(String text, int index) {
        int line = 1;
        for (int k = 0; k < index && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
