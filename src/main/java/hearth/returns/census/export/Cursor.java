package hearth.returns.census.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One set query's rows, ordered by child, read forward as the export walks the children:
 * {@link #rowsFor} skips the rows of children before the one asked for and takes that child's.
 * PostgreSQL orders uuids as unsigned bytes, so the walk compares them the same way.
 */
final class Cursor<T> implements AutoCloseable {

    static final Comparator<UUID> DATABASE_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** Makes a row's record; {@code person} is the row's first column, read once. */
    interface Row<T> {
        T read(ResultSet rs, UUID person) throws SQLException;
    }

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Row<T> mapper;
    private UUID person;
    private T current;

    Cursor(PreparedStatement statement, Row<T> mapper) throws SQLException {
        this.statement = statement;
        this.rows = statement.executeQuery();
        this.mapper = mapper;
        next();
    }

    /** The child of the next unread row, or null at the end. */
    UUID peek() {
        return person;
    }

    /** Reads the next row; false at the end. */
    boolean next() throws SQLException {
        if (rows.next()) {
            person = rows.getObject(1, UUID.class);
            current = mapper.read(rows, person);
            return true;
        }
        person = null;
        current = null;
        return false;
    }

    T current() {
        return current;
    }

    List<T> rowsFor(UUID child) throws SQLException {
        while (person != null && DATABASE_ORDER.compare(person, child) < 0) {
            next();
        }
        List<T> found = new ArrayList<>();
        while (person != null && person.equals(child)) {
            found.add(current);
            next();
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        rows.close();
        statement.close();
    }
}
