package hearth.access;

import java.time.Instant;

/** The working reason recorded under {@code sourceRef} has ended (case closed, contact decided). */
public record ChildRelationshipEnded(String sourceRef, Instant at) {
}
