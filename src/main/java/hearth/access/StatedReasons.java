package hearth.access;

import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reasons stated for opening records (out-of-hours workers, administrators), kept for
 * the session so every later view of the same record is audited with the same reason.
 */
public final class StatedReasons {

    private static final String KEY = StatedReasons.class.getName();

    private StatedReasons() {
    }

    public static String reasonFor(HttpSession session, PersonId personId) {
        return reasons(session).get(personId.value());
    }

    public static void state(HttpSession session, PersonId personId, String reason) {
        reasons(session).put(personId.value(), reason);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, String> reasons(HttpSession session) {
        Object existing = session.getAttribute(KEY);
        if (existing == null) {
            existing = new HashMap<UUID, String>();
            session.setAttribute(KEY, existing);
        }
        return (Map<UUID, String>) existing;
    }
}
