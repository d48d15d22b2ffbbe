package hearth.insight;

/** A part of a whole in whole per cent, as every dashboard shows it; none when the whole is empty. */
public final class Share {

    private Share() {
    }

    public static Long percent(long part, long whole) {
        return whole == 0 ? null : Math.round(100.0 * part / whole);
    }
}
