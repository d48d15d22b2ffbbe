package hearth.returns.census.export;

import hearth.platform.PersonId;
import hearth.returns.census.CensusFile;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * The census's children read and made into their records on a thread of their own, a batch
 * ahead of whoever writes them. Reading waits on PostgreSQL for each page of rows; with the
 * writer working meanwhile, the database and the writer share the two cores instead of taking turns.
 */
final class ReadAhead implements AutoCloseable {

    private static final int BATCH = 500;
    private static final List<ChildRead> END = List.of();

    /** A child read, with their record for the period, or null when no episode of theirs is open in it. */
    record ChildRead(PersonId person, CensusFile.Child child) {
    }

    private final BlockingQueue<List<ChildRead>> batches = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private volatile RuntimeException failed;
    private Iterator<ChildRead> batch = END.iterator();
    private boolean ended;

    private ReadAhead(DataSource dataSource, LocalDate until, ChildInNeed census) {
        this.reader = new Thread(() -> read(dataSource, until, census), "census-read-ahead");
        reader.setDaemon(true);
    }

    /** Starts reading every child up to {@code until}, each made into a record by {@code census}. */
    static ReadAhead start(DataSource dataSource, LocalDate until, ChildInNeed census) {
        ReadAhead ahead = new ReadAhead(dataSource, until, census);
        ahead.reader.start();
        return ahead;
    }

    /** The next child in id order, or null when every child has been read. */
    ChildRead next() throws InterruptedException {
        while (!batch.hasNext() && !ended) {
            List<ChildRead> next = batches.take();
            ended = next == END;
            batch = next.iterator();
        }
        if (ended && failed != null) {
            throw failed;
        }
        return batch.hasNext() ? batch.next() : null;
    }

    private void read(DataSource dataSource, LocalDate until, ChildInNeed census) {
        try {
            readAll(dataSource, until, census);
            return;
        } catch (InterruptedException e) {
            return;
        } catch (SQLException e) {
            failed = new IllegalStateException("Cannot read the census data", e);
        } catch (RuntimeException e) {
            failed = e;
        }
        // What was read is of no use now; the writer must hear of the failure at once.
        batches.clear();
        batches.offer(END);
    }

    private void readAll(DataSource dataSource, LocalDate until, ChildInNeed census)
            throws SQLException, InterruptedException {
        try (Snapshot snapshot = Snapshot.open(dataSource); CensusReader rows = new CensusReader(snapshot, until)) {
            List<ChildRead> read = new ArrayList<>(BATCH);
            for (CensusRows.ChildRecords r = rows.next(); r != null; r = rows.next()) {
                read.add(new ChildRead(new PersonId(r.child().id()), census.of(r)));
                if (read.size() == BATCH) {
                    batches.put(read);
                    read = new ArrayList<>(BATCH);
                }
            }
            batches.put(read);
            batches.put(END);
        }
    }

    /** Stops reading when the writer gives up early, and waits until the connection is handed back. */
    @Override
    public void close() throws InterruptedException {
        reader.interrupt();
        reader.join();
    }
}
