package hearth.platform;

/** The version of a record a form was opened at, posted back in its hidden {@code version} field. */
public final class FormVersion {

    private FormVersion() {
    }

    /**
     * The version as a form object bound it from the hidden field. A missing or mangled version
     * is one no record has, so the change is refused as someone else's, never applied.
     */
    public static int of(String posted) {
        try {
            return posted == null ? -1 : Integer.parseInt(posted.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
