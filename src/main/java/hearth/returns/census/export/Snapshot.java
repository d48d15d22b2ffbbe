package hearth.returns.census.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Two connections reading one moment of the database: the first exports its snapshot and the
 * second takes it up, so a return read over both sees every record as of the same instant, as
 * if one connection had read it all. Both are read-only and rolled back when closed;
 * the pool sets their isolation back.
 */
final class Snapshot implements AutoCloseable {

    private final Connection first;
    private final Connection second;

    private Snapshot(Connection first, Connection second) {
        this.first = first;
        this.second = second;
    }

    static Snapshot open(DataSource dataSource) throws SQLException {
        Connection first = begin(dataSource.getConnection());
        try {
            String exported;
            try (Statement s = first.createStatement(); var rs = s.executeQuery("SELECT pg_export_snapshot()")) {
                rs.next();
                exported = rs.getString(1);
            }
            Connection second = begin(dataSource.getConnection());
            try (var s = second.prepareStatement("SET TRANSACTION SNAPSHOT '" + exported.replace("'", "") + "'")) {
                s.execute();
            } catch (SQLException e) {
                end(second);
                throw e;
            }
            return new Snapshot(first, second);
        } catch (SQLException e) {
            end(first);
            throw e;
        }
    }

    private static Connection begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        return connection;
    }

    Connection first() {
        return first;
    }

    Connection second() {
        return second;
    }

    @Override
    public void close() throws SQLException {
        try {
            end(second);
        } finally {
            end(first);
        }
    }

    private static void end(Connection connection) throws SQLException {
        try (connection) {
            connection.rollback();
        }
    }
}
