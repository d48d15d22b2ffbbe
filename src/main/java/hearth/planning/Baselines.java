package hearth.planning;

import hearth.platform.PersonId;
import java.util.List;

/**
 * Where a plan's baselines can come from, filled in by another capability (the graded
 * neglect tool's latest grades) so the plan is written from the evidence, not from memory.
 */
public interface Baselines {

    /** Short lines such as "Physical care: 3.5 of 5 (12 Nov 2026)"; empty when there is nothing. */
    List<String> forChild(PersonId childId);
}
