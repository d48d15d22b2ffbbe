package hearth.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals new audit entries into the chain every few seconds, so no request waits on it.
 *
 * <p>Ids are taken when an entry is inserted but become visible when its transaction
 * commits, so entry 11 can be visible while entry 10 is still to come. Sealing 11 first
 * would leave 10 behind the chain. Each step therefore notes a horizon: the last id taken
 * so far and, read after it, the first transaction id not yet given out. Every entry up to
 * that id was inserted by a transaction older than the horizon (an entry takes its
 * transaction id before its id, V29). Once no transaction older than the horizon is still
 * running, those entries are final, and a later step seals them in id order.
 *
 * <p>An advisory lock keeps two instances of Hearth on one database from sealing at once.
 */
@Component
@Lazy(false) // made even when a command makes only the beans it needs: what a command audits is sealed as it runs
class AuditSealer {

    private static final long LOCK = 0x48656172746841L;
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final SealKeys keys;
    private Horizon horizon;

    AuditSealer(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, SealKeys keys) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${hearth.audit.seal-interval:PT3S}", initialDelayString = "${hearth.audit.seal-interval:PT3S}")
    void scheduled() {
        seal();
    }

    /** @return how many entries this step sealed */
    synchronized int seal() {
        Integer sealed = transactions.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
                return 0;
            }
            int count = horizon != null && oldestRunningTransaction() >= horizon.transaction() ? sealUpTo(horizon.lastId()) : 0;
            long lastId = jdbc.sql("SELECT coalesce(pg_sequence_last_value('audit_entry_id_seq'), 0)")
                    .query(Long.class).single();
            long nextTransaction = jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                    .query(Long.class).single();
            horizon = new Horizon(lastId, nextTransaction);
            return count;
        });
        return sealed == null ? 0 : sealed;
    }

    private long oldestRunningTransaction() {
        return jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    private int sealUpTo(long lastId) {
        int count = 0;
        Last last = jdbc.sql("SELECT entry_id, mac FROM audit_seal ORDER BY entry_id DESC LIMIT 1")
                .query(Last.class).optional().orElse(new Last(0, Chain.START));
        while (true) {
            List<Canonical> entries = jdbc.sql(Chain.CANONICAL_ENTRIES + " WHERE e.id > :after AND e.id <= :upTo ORDER BY e.id LIMIT :batch")
                    .param("after", last.entryId()).param("upTo", lastId).param("batch", BATCH)
                    .query(Canonical.class).list();
            if (entries.isEmpty()) {
                return count;
            }
            last = write(entries, last);
            count += entries.size();
        }
    }

    private Last write(List<Canonical> entries, Last last) {
        SealKeys.Key key = keys.current();
        byte[] previous = last.mac();
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Canonical entry : entries) {
            previous = Chain.seal(key, previous, entry.canonical());
            rows.add(new Object[] {entry.id(), previous, key.id()});
        }
        batch.batchUpdate("INSERT INTO audit_seal (entry_id, mac, key_id) VALUES (?, ?, ?)", rows);
        return new Last(entries.get(entries.size() - 1).id(), previous);
    }

    record Canonical(long id, String canonical) {
    }

    record Last(long entryId, byte[] mac) {
    }

    private record Horizon(long lastId, long transaction) {
    }
}
