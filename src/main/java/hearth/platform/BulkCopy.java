package hearth.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Streams rows into one table with PostgreSQL's COPY, a batch at a time, so generating a
 * benchmark council of a million people takes seconds per table rather than hours.
 * The caller owns the connection and its transaction, and flushes tables that refer to
 * others after the tables they refer to.
 */
public final class BulkCopy implements AutoCloseable {

    private final Connection connection;
    private final String copySql;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int pending;
    private long written;

    public BulkCopy(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.copySql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
    }

    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            appendValue(values[i]);
        }
        buffer.append('\n');
        pending++;
    }

    public int pending() {
        return pending;
    }

    public long written() {
        return written + pending;
    }

    public void flush() {
        if (pending == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(buffer.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk copy failed: " + copySql, e);
        }
        written += pending;
        pending = 0;
        buffer.setLength(0);
    }

    @Override
    public void close() {
        flush();
    }

    private void appendValue(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof java.util.Collection<?> list) {
            appendQuoted("{" + String.join(",", list.stream().map(Object::toString).toList()) + "}");
            return;
        }
        appendQuoted(value.toString());
    }

    private void appendQuoted(String text) {
        buffer.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                buffer.append('"');
            }
            buffer.append(c);
        }
        buffer.append('"');
    }
}
