package hearth.platform;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;

/**
 * A form posted after its session had ended, kept in the new session so that what was
 * typed is offered back once the user has signed in again: a timeout never loses it.
 */
public final class KeptForms {

    static final String ATTRIBUTE = KeptForms.class.getName();

    private KeptForms() {
    }

    public static void keep(HttpSession session, String path, Map<String, String> fields) {
        session.setAttribute(ATTRIBUTE, new Kept(path, Map.copyOf(FormDrafts.withoutToken(fields))));
    }

    /** The form kept for this page, if any, removed from the session as it is handed back. */
    public static Optional<Map<String, String>> take(HttpSession session, String path) {
        if (session.getAttribute(ATTRIBUTE) instanceof Kept kept && kept.path().equals(path)) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.of(kept.fields());
        }
        return Optional.empty();
    }

    /** The page of the form waiting to be handed back, for a reminder on every page. */
    public static Optional<String> waiting(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Kept kept
                ? Optional.of(kept.path()) : Optional.empty();
    }

    record Kept(String path, Map<String, String> fields) implements java.io.Serializable {
    }
}
