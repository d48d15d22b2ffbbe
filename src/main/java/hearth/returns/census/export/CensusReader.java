package hearth.returns.census.export;

import hearth.returns.census.export.CensusRows.AssessmentRow;
import hearth.returns.census.export.CensusRows.ChildRecords;
import hearth.returns.census.export.CensusRows.ChildRow;
import hearth.returns.census.export.CensusRows.ClosureRow;
import hearth.returns.census.export.CensusRows.ConferenceRow;
import hearth.returns.census.export.CensusRows.ContactRow;
import hearth.returns.census.export.CensusRows.EnquiryRow;
import hearth.returns.census.export.CensusRows.NeedRow;
import hearth.returns.census.export.CensusRows.PlanRow;
import hearth.returns.census.export.CensusRows.ReviewRow;
import hearth.returns.census.export.CensusRows.WorkRow;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGStatement;

/**
 * Reads the census's data as a few set queries over the owners' reporting views, each ordered
 * by child and read forward together, so a national-size year costs one pass and no query per
 * child. Everything up to the reference date is read: an episode open in the year may have
 * begun years before. Restricted records are read like any other: the return counts every child.
 */
final class CensusReader implements AutoCloseable {

    /**
     * Every child, in id order. Those with no work that opens an episode in the year make no
     * record; asking for them all is cheaper than asking which have work (a union of six
     * views, sorted, took longer than reading each child once), and the walk skips them at no cost.
     */
    static final String CHILDREN = """
            SELECT c.id AS person_id, c.kind, c.date_of_birth, c.expected_delivery, c.date_of_death, c.sex,
                   c.ethnicity, c.disabilities, c.upn, c.former_upn, c.upn_unknown, c.council_child_id
            FROM report_child c ORDER BY c.id""";
    /** How many children {@link #CHILDREN} reads: the size of the progress bar. */
    static final String HOW_MANY_CHILDREN = "SELECT count(*) FROM report_child";

    /** Every cursor opened, from either thread, closed together. */
    private final List<Cursor<?>> open = Collections.synchronizedList(new ArrayList<>());
    private final Cursor<ChildRow> children;
    private final Cursor<ContactRow> contacts;
    private final Cursor<WorkRow> work;
    private final Cursor<NeedRow> needs;
    private final Cursor<ClosureRow> closures;
    private final Cursor<AssessmentRow> assessments;
    private final Cursor<PlanRow> plans;
    private final Cursor<ReviewRow> reviews;
    private final Cursor<EnquiryRow> enquiries;
    private final Cursor<ConferenceRow> conferences;

    /**
     * Both connections must be in one transaction's snapshot (see {@link Snapshot}), so that
     * PostgreSQL streams each query in pages and both see the same records. The queries are
     * shared between the two and opened at once: each is sorted before its first row comes,
     * and two backends sort on two cores. Every query's first column is the child's id, and
     * columns are read by position.
     */
    CensusReader(Snapshot snapshot, LocalDate referenceDate) throws SQLException {
        Query first = new Query(snapshot.first(), referenceDate);
        Query second = new Query(snapshot.second(), referenceDate);
        ExecutorService opening = Executors.newSingleThreadExecutor(r -> new Thread(r, "census-open"));
        try {
            Future<Cursor<ContactRow>> contacts = opening.submit(() -> second.open("""
                    SELECT person_id, received_on, referral_source, referral FROM report_contact
                    WHERE received_on <= ?1 AND status = 'DECIDED' ORDER BY person_id, received_on""",
                    (rs, person) -> new ContactRow(person, date(rs, 2), rs.getString(3), rs.getBoolean(4))));
            Future<Cursor<ClosureRow>> closures = opening.submit(() -> second.open("SELECT person_id, closed_on, "
                    + "reason FROM report_case_closure WHERE closed_on <= ?1 ORDER BY person_id, closed_on",
                    (rs, person) -> new ClosureRow(person, date(rs, 2), rs.getString(3))));
            Future<Cursor<AssessmentRow>> assessments = opening.submit(() -> second.open("""
                    SELECT person_id, id, referred_on, authorised_on, factors FROM report_assessment
                    WHERE referred_on <= ?1 ORDER BY person_id, referred_on, id""",
                    (rs, person) -> new AssessmentRow(id(rs, 2), person, date(rs, 3), date(rs, 4),
                            texts(rs.getArray(5)))));
            Future<Cursor<ReviewRow>> reviews = opening.submit(() -> second.open("""
                    SELECT person_id, plan_id, held_on FROM report_plan_meeting
                    WHERE kind = 'REVIEW_CONFERENCE' AND held_on <= ?1 ORDER BY person_id, held_on""",
                    (rs, person) -> new ReviewRow(person, id(rs, 2), date(rs, 3))));
            Future<Cursor<EnquiryRow>> enquiries = opening.submit(() -> second.open("""
                    SELECT person_id, id, started_on, strategy_held_at, outcome FROM report_section47
                    WHERE started_on <= ?1 ORDER BY person_id, started_on, id""",
                    (rs, person) -> new EnquiryRow(id(rs, 2), person, date(rs, 3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5))));
            children = first.open(CHILDREN, CensusReader::child);
            work = first.open("""
                    SELECT person_id, started_on FROM report_allocation WHERE started_on <= ?1
                    UNION ALL SELECT person_id, started_on FROM report_involvement
                    WHERE kind <> 'EARLY_HELP' AND started_on <= ?1 ORDER BY person_id, started_on""",
                    (rs, person) -> new WorkRow(person, date(rs, 2)));
            needs = first.open("SELECT person_id, recorded_on, code FROM report_primary_need WHERE recorded_on <= ?1 "
                    + "ORDER BY person_id, recorded_on, id", (rs, person) -> new NeedRow(person, date(rs, 2),
                    rs.getString(3)));
            plans = first.open("""
                    SELECT person_id, id, kind, category, started_on, ended_on FROM report_plan
                    WHERE started_on <= ?1 ORDER BY person_id, started_on, id""",
                    (rs, person) -> new PlanRow(id(rs, 2), person, "CHILD_PROTECTION".equals(rs.getString(3)),
                            rs.getString(4), date(rs, 5), date(rs, 6)));
            conferences = first.open("""
                    SELECT person_id, section47_id, held_on, category FROM report_initial_conference
                    WHERE held_on <= ?1 ORDER BY person_id, held_on""",
                    (rs, person) -> new ConferenceRow(person, id(rs, 2), date(rs, 3), rs.getString(4)));
            this.contacts = opened(contacts);
            this.closures = opened(closures);
            this.assessments = opened(assessments);
            this.reviews = opened(reviews);
            this.enquiries = opened(enquiries);
        } finally {
            opening.shutdownNow();
        }
    }

    private static <T> Cursor<T> opened(Future<Cursor<T>> cursor) throws SQLException {
        try {
            return cursor.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while opening the census queries", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException failed) {
                throw failed;
            }
            throw new IllegalStateException("Cannot open the census queries", e.getCause());
        }
    }

    /** The next child's records, or null when every child has been read. */
    ChildRecords next() throws SQLException {
        ChildRow child = children.current();
        if (child == null) {
            return null;
        }
        UUID id = child.id();
        children.next();
        return new ChildRecords(child, contacts.rowsFor(id), work.rowsFor(id), needs.rowsFor(id),
                closures.rowsFor(id), assessments.rowsFor(id), plans.rowsFor(id), reviews.rowsFor(id),
                enquiries.rowsFor(id), conferences.rowsFor(id));
    }

    @Override
    public void close() throws SQLException {
        for (Cursor<?> cursor : open) {
            cursor.close();
        }
    }

    /** Opens each query with the reference date for every {@code ?1}, reading 5,000 rows at a time. */
    private final class Query {
        private final Connection connection;
        private final LocalDate referenceDate;

        Query(Connection connection, LocalDate referenceDate) {
            this.connection = connection;
            this.referenceDate = referenceDate;
        }

        <T> Cursor<T> open(String sql, Cursor.Row<T> row) throws SQLException {
            int uses = sql.split("\\?1", -1).length - 1;
            PreparedStatement statement = connection.prepareStatement(sql.replace("?1", "?"));
            for (int i = 1; i <= uses; i++) {
                statement.setDate(i, Date.valueOf(referenceDate));
            }
            statement.setFetchSize(5_000);
            // Binary rows from the first page: ids and dates arrive as bytes, not text to parse.
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            Cursor<T> cursor = new Cursor<>(statement, row);
            open.add(cursor);
            return cursor;
        }
    }

    private static ChildRow child(ResultSet rs, UUID person) throws SQLException {
        return new ChildRow(person, rs.getString(2), date(rs, 3), date(rs, 4), date(rs, 5), rs.getString(6),
                rs.getString(7), texts(rs.getArray(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }

    private static UUID id(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
