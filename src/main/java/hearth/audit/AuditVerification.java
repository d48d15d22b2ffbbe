package hearth.audit;

import hearth.platform.Progress;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the sealed audit trail from its first entry: each entry must still be there,
 * read as it did when it was sealed, and follow the entry before it. Names the first
 * entry that does not.
 */
@Service
public class AuditVerification {

    private static final int PAGE = 5_000;

    private final JdbcClient jdbc;
    private final SealKeys keys;

    AuditVerification(JdbcClient jdbc, SealKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    public Result verify(PrintStream out) {
        long total = jdbc.sql("SELECT count(*) FROM audit_seal").query(Long.class).single();
        Progress progress = new Progress(out, "Checking sealed entries", total);
        byte[] previous = Chain.START;
        long after = 0;
        long checked = 0;
        List<Sealed> page;
        while (!(page = page(after)).isEmpty()) {
            for (Sealed sealed : page) {
                String problem = problem(sealed, previous);
                if (problem != null) {
                    out.println();
                    return new Result(checked, unsealed(), sealed.entryId(), problem);
                }
                previous = sealed.mac();
                after = sealed.entryId();
                checked++;
            }
            progress.advance(page.size());
        }
        progress.finish();
        return behindTheChain(after, checked);
    }

    /** An entry below the last seal without a seal of its own was slipped in afterwards. */
    private Result behindTheChain(long lastSealed, long checked) {
        return jdbc.sql("""
                SELECT e.id FROM audit_entry e
                WHERE e.id <= :last AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)
                ORDER BY e.id LIMIT 1""").param("last", lastSealed).query(Long.class).optional()
                .map(behind -> new Result(checked, unsealed(), behind,
                        "is not in the chain: it was added behind entries already sealed"))
                .orElse(new Result(checked, unsealed(), null, null));
    }

    private List<Sealed> page(long after) {
        return jdbc.sql("""
                SELECT s.entry_id, s.mac, s.key_id, c.canonical FROM audit_seal s
                LEFT JOIN (%s) c ON c.id = s.entry_id
                WHERE s.entry_id > :after ORDER BY s.entry_id LIMIT :page""".formatted(Chain.CANONICAL_ENTRIES))
                .param("after", after).param("page", PAGE).query(Sealed.class).list();
    }

    private String problem(Sealed sealed, byte[] previous) {
        if (sealed.canonical() == null) {
            return "is missing: it was deleted after it was sealed";
        }
        var key = keys.byId(sealed.keyId());
        if (key.isEmpty()) {
            return "was sealed with key " + sealed.keyId() + ", which is not configured (hearth.audit.previous-seal-keys)";
        }
        if (!Arrays.equals(Chain.seal(key.get(), previous, sealed.canonical()), sealed.mac())) {
            return "does not match its seal: it was altered, or an entry before it was removed or moved";
        }
        return null;
    }

    private long unsealed() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE id > (SELECT coalesce(max(entry_id), 0) FROM audit_seal)")
                .query(Long.class).single();
    }

    record Sealed(long entryId, byte[] mac, String keyId, String canonical) {
    }

    /** @param brokenAt the first entry that fails, or null when the chain is whole */
    public record Result(long checked, long notYetSealed, Long brokenAt, String problem) {

        public boolean isWhole() {
            return brokenAt == null;
        }
    }
}
