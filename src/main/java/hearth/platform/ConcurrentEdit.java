package hearth.platform;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Someone else changed the record after this user opened it, or in the same instant; their
 * change is not saved over it. Carries what the record is now, so the "changed by someone
 * else" page can show the user what happened instead of a bare refusal.
 */
public class ConcurrentEdit extends RuntimeException {

    private final String what;
    private final transient Latest latest;

    public ConcurrentEdit(String what) {
        this(what, null);
    }

    public ConcurrentEdit(String what, Latest latest) {
        super(what + " was changed by someone else while you were editing it. Your changes have not been saved: "
                + "review the latest version and make them again.");
        this.what = what;
        this.latest = latest;
    }

    /**
     * The row count of a guarded UPDATE (one naming the expected status and version): none
     * changed means another user moved the record first, so nothing else may be written.
     */
    public static void unlessOneRow(int changed, Supplier<ConcurrentEdit> lost) {
        if (changed == 0) {
            throw lost.get();
        }
    }

    /** "This assessment", "The child in need plan": how the page names the record. */
    public String what() {
        return what;
    }

    public Optional<Latest> latest() {
        return Optional.ofNullable(latest);
    }

    /** The record as it is now: its status, who last changed it and when (either may be unknown). */
    public record Latest(String status, String changedBy, Instant changedAt) {

        public ZonedDateTime changedAtLocal() {
            return changedAt == null ? null : changedAt.atZone(London.ZONE);
        }
    }
}
