package hearth.access;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by a capability when a user or team gains a working reason to see a child's
 * record: an allocation, an open contact at the front door, a conference to chair.
 * {@code sourceRef} identifies the thing that gave the reason so that it can end.
 */
public record ChildRelationshipStarted(UUID personId, Kind kind, UUID userId, UUID teamId, String sourceRef,
                                       Instant at) {

    public enum Kind { ALLOCATED_WORKER, ALLOCATED_TEAM, FRONT_DOOR, CONFERENCE_CHAIR, CLOSING_TEAM }
}
