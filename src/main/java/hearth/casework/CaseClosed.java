package hearth.casework;

import hearth.access.StaffMember;
import java.time.LocalDate;
import java.util.UUID;

/** A child's case closed: whatever is still open for the child ends on that day. */
public record CaseClosed(UUID personId, LocalDate closedOn, String reason, StaffMember by) {
}
