package hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A manager authorised a child and family assessment with this outcome. */
public record AssessmentAuthorised(UUID assessmentId, UUID personId, AssessmentOutcome outcome, LocalDate on,
                                   UUID managerId) {
}
