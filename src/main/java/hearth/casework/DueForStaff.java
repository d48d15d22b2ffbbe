package hearth.casework;

import hearth.access.StaffMember;
import hearth.timeliness.Clocks;
import java.util.List;

/**
 * Steps due that belong to a member of staff's own work rather than to a child's case, such
 * as the contacts a hub worker must decide. Another capability contributes them to "my work"
 * by implementing this, so casework need not know its records.
 */
public interface DueForStaff {

    /** What {@code staff} must do, each with its clock; only what they may see. */
    List<Item> dueFor(StaffMember staff);

    /**
     * @param subject what the step is about, in words the member of staff may see
     * @param href    the page where the step is done
     */
    record Item(String subject, String href, Clocks.Due due) {
    }
}
