package hearth.platform;

/**
 * The longest text each kind of field takes, the same on every form and in the partner
 * API (openapi.yaml documents them), so a pasted novel or a stray control character gets
 * a message by its field rather than filling the database or failing to store.
 */
public final class TextLimit {

    /** Narrative in a worker's or referrer's own words: a worry, an analysis, a discussion. */
    public static final int NARRATIVE = 20_000;
    /** A single line: an address, a role, an officer, a reference. */
    public static final int LINE = 200;
    /** A name or a phone number. */
    public static final int NAME = 100;

    private TextLimit() {
    }

    /** Adds a message for the field when the value is too long or holds characters that cannot be stored. */
    public static void check(InvalidInput.Errors errors, String field, String label, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(field, label + " must be " + String.format("%,d", max) + " characters or fewer");
        } else if (value.chars().anyMatch(TextLimit::isControl)) {
            errors.add(field, label + " must not contain control characters");
        }
    }

    /** Tabs and line breaks belong in text; other control characters (NUL above all) cannot be stored. */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }
}
