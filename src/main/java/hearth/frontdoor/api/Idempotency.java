package hearth.frontdoor.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers each partner request by its Idempotency-Key, in the same transaction as the
 * work it did, so a retry after a lost response returns the first result.
 */
@Component
class Idempotency {

    private final JdbcClient jdbc;

    Idempotency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String client, String key) {
        return jdbc.sql("""
                SELECT request_hash, response_status, response_body, location FROM api_request
                WHERE client_id = :c AND idempotency_key = :k""")
                .param("c", client).param("k", key).query(Stored.class).optional();
    }

    void remember(String client, String key, String requestHash, Stored response) {
        jdbc.sql("""
                INSERT INTO api_request (client_id, idempotency_key, request_hash, response_status, response_body, location)
                VALUES (:c, :k, :h, :s, :b, :l)""")
                .param("c", client).param("k", key).param("h", requestHash).param("s", response.responseStatus())
                .param("b", response.responseBody()).param("l", response.location()).update();
    }

    static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Stored(String requestHash, int responseStatus, String responseBody, String location) {
    }
}
