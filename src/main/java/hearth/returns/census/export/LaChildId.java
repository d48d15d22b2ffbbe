package hearth.returns.census.export;

import hearth.returns.census.export.CensusRows.ChildRow;
import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The LA child id the census names a child by, the same every year: the council child id
 * recorded on the person (a council moving to Hearth keeps the ids of its earlier returns), or,
 * for a child without one, "H" and Hearth's own id in base 36, cut to the census's 20
 * characters (the 98 bits kept make two children sharing one vanishingly unlikely).
 */
public final class LaChildId {

    private static final Pattern CENSUS_FORM = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final BigInteger KEPT = BigInteger.ONE.shiftLeft(98);

    private LaChildId() {
    }

    static String of(ChildRow child) {
        return of(child.id(), child.councilChildId());
    }

    /** The id of the child with Hearth's id {@code id} and the council child id recorded (or null). */
    public static String of(UUID id, String councilChildId) {
        return councilChildId != null && CENSUS_FORM.matcher(councilChildId).matches() ? councilChildId
                : fromHearthId(id);
    }

    static String fromHearthId(UUID id) {
        BigInteger bits = new BigInteger(1, toBytes(id)).mod(KEPT);
        return "H" + bits.toString(36).toUpperCase();
    }

    private static byte[] toBytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }
}
