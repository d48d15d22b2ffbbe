package hearth.platform;

/** What every form and import means by an empty answer: nothing, or only spaces. */
public final class Text {

    private Text() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The answer as stored: stripped, and null when nothing was written. */
    public static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
