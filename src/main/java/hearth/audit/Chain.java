package hearth.audit;

import java.nio.charset.StandardCharsets;

/**
 * How an entry is sealed, in one place for the sealer and the verifier: the HMAC of the
 * previous entry's seal followed by the entry's columns in a canonical form (a JSON array
 * PostgreSQL prints the same way every time).
 */
final class Chain {

    /** Selects {@code id} and {@code canonical}; add a WHERE and ORDER BY. */
    static final String CANONICAL_ENTRIES = """
            SELECT e.id, jsonb_build_array(e.id, (extract(epoch FROM e.at) * 1000000)::bigint, e.user_id, e.username,
                   e.action, e.person_id, e.detail, e.reason, e.remote_addr, e.allowed, e.changes)::text AS canonical
            FROM audit_entry e""";

    /** The chain's first entry follows this instead of a previous seal. */
    static final byte[] START = new byte[0];

    private Chain() {
    }

    static byte[] seal(SealKeys.Key key, byte[] previous, String canonical) {
        return key.mac(previous, canonical.getBytes(StandardCharsets.UTF_8));
    }
}
