package hearth.platform;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A record without a lifecycle (a meeting, a visit, a closure) is made once per form: the
 * form carries a one-time token (fragment {@code forms :: once}), the record keeps it in a
 * unique column, and a repeated post (a double click, a resend after a time-out) finds the
 * record already made instead of making a second.
 */
public final class FormToken {

    private FormToken() {
    }

    /** The token a form posted; one never seen before when there is none, so a caller without a form records once. */
    public static UUID read(String posted) {
        try {
            return posted == null || posted.isBlank() ? UUID.randomUUID() : UUID.fromString(posted.strip());
        } catch (IllegalArgumentException mangled) {
            return UUID.randomUUID();
        }
    }

    /**
     * The record a token already made, in the caller's own table: looked up before anything is
     * checked (a resend), and again when the insert ({@code ON CONFLICT (form_token) DO NOTHING})
     * changed nothing because the same post arrived twice at once.
     *
     * <p>The look-up first takes a lock on the token for the caller's transaction, so the same
     * post arriving twice at once is handled one after the other: the second waits for the
     * first to commit and then finds its record, instead of checking the form against what
     * the first has just written (a supervision's own new actions, read as last time's
     * actions left unchecked).
     */
    public static Optional<UUID> recordMade(JdbcClient jdbc, String table, UUID token) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", table + ":" + token)
                .query((rs, n) -> 0).list();
        return jdbc.sql("SELECT id FROM " + table + " WHERE form_token = :t").param("t", token)
                .query(UUID.class).optional();
    }

    /** Every page gets a fresh token, so each form it renders is a new chance to record. */
    @ControllerAdvice
    static class Issue {

        @ModelAttribute("formToken")
        UUID formToken() {
            return UUID.randomUUID();
        }
    }
}
