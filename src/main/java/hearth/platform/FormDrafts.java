package hearth.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user has typed into a form and not yet saved, kept per user and form (autosaved
 * by the page every 30 seconds, or by a "save draft" button without JavaScript), so that
 * neither a lost connection nor a timed-out session loses it.
 */
@Service
public class FormDrafts {

    private final JdbcClient jdbc;
    private final Clock clock;

    FormDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Instant save(UUID userId, String formKey, Map<String, String> fields) {
        Map<String, String> kept = withoutToken(fields);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO form_draft (user_id, form_key, fields, saved_at)
                VALUES (:user, :key, jsonb_object(CAST(:names AS text[]), CAST(:values AS text[])), :now)
                ON CONFLICT (user_id, form_key) DO UPDATE SET fields = EXCLUDED.fields, saved_at = EXCLUDED.saved_at""")
                .param("user", userId).param("key", formKey)
                .param("names", kept.keySet().toArray(String[]::new))
                .param("values", kept.values().toArray(String[]::new))
                .param("now", Timestamp.from(now)).update();
        return now;
    }

    public Optional<Draft> find(UUID userId, String formKey) {
        Optional<Instant> savedAt = jdbc.sql("SELECT saved_at FROM form_draft WHERE user_id = :user AND form_key = :key")
                .param("user", userId).param("key", formKey).query(Timestamp.class).optional().map(Timestamp::toInstant);
        return savedAt.map(at -> {
            Map<String, String> fields = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT f.key, f.value FROM form_draft d, jsonb_each_text(d.fields) f
                    WHERE d.user_id = :user AND d.form_key = :key""")
                    .param("user", userId).param("key", formKey)
                    .query((java.sql.ResultSet rs) -> {
                        fields.put(rs.getString(1), rs.getString(2));
                    });
            return new Draft(fields, at);
        });
    }

    @Transactional
    public void discard(UUID userId, String formKey) {
        jdbc.sql("DELETE FROM form_draft WHERE user_id = :user AND form_key = :key")
                .param("user", userId).param("key", formKey).update();
    }

    /** The CSRF token and the button pressed are not part of what was typed. */
    static Map<String, String> withoutToken(Map<String, String> fields) {
        Map<String, String> kept = new LinkedHashMap<>(fields);
        kept.remove("_csrf");
        kept.remove("action");
        kept.values().removeIf(java.util.Objects::isNull);
        return kept;
    }

    public record Draft(Map<String, String> fields, Instant savedAt) {

        public java.time.ZonedDateTime savedLocal() {
            return savedAt.atZone(London.ZONE);
        }
    }
}
