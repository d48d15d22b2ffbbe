package hearth.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The census reads over two connections; both must see the records of one instant. */
@HearthTest
class SnapshotIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired FixtureCouncil fixtures;

    @Test
    void aChildAddedAfterTheSnapshotIsSeenByNeitherConnection() throws SQLException {
        FixtureCouncil.Council council = fixtures.create();
        fixtures.allocatedChild(council);
        long first;
        try (Snapshot snapshot = Snapshot.open(dataSource)) {
            first = children(snapshot.first());
            assertThat(children(snapshot.second())).isEqualTo(first);

            fixtures.allocatedChild(council);

            assertThat(children(snapshot.first())).isEqualTo(first);
            assertThat(children(snapshot.second())).isEqualTo(first);
        }
        try (Connection now = dataSource.getConnection()) {
            assertThat(children(now)).as("the child added, once the snapshot is closed").isEqualTo(first + 1);
        }
    }

    private static long children(Connection connection) throws SQLException {
        try (var s = connection.prepareStatement(CensusReader.HOW_MANY_CHILDREN); var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
