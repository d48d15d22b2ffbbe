package hearth.returns.census;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule finds its breaches. The rule says which child and which part; the engine adds
 * the rule's code, severity and message.
 */
public final class Breaches {

    /** One breach: {@code laChildId} is null for a rule about the whole file. */
    public record Breach(String laChildId, String field, String fixAt) {
    }

    private final List<Breach> found = new ArrayList<>();

    /** The child breaks the rule in {@code field} (an element name, e.g. "CINreferralDate"). */
    public void child(CensusFile.Child child, String field, String fixAt) {
        found.add(new Breach(child.laChildId(), field, fixAt != null ? fixAt : child.fixAt()));
    }

    public void child(CensusFile.Child child, String field) {
        child(child, field, null);
    }

    /** The file as a whole breaks the rule (the header, or a count across children). */
    public void file(String field) {
        found.add(new Breach(null, field, null));
    }

    List<Breach> drain() {
        List<Breach> all = List.copyOf(found);
        found.clear();
        return all;
    }
}
