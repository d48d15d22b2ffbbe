package hearth.platform;

import java.util.UUID;

/**
 * The id of a record a form offers as a choice (a team, a member of staff, an
 * organisation). A mangled one (a tampered form) reads as no choice, so the rule that a
 * choice is required gives its message by the field instead of a fault.
 */
public final class PostedId {

    private PostedId() {
    }

    /** @return the id, or null when the text is blank or not an id */
    public static UUID of(String posted) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(posted.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
