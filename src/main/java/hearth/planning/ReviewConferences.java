package hearth.planning;

import hearth.access.ChildRelationshipStarted;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who chairs a child's review child protection conferences. The chair is a user whose role is
 * to chair conferences, chosen on the review's form; the chair of the latest conference
 * chairs the next, which the plan's review clock says when is due.
 */
@Component
public class ReviewConferences {

    private final JdbcClient jdbc;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewConferences(JdbcClient jdbc, Staff staff, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** The users who may chair a review conference, by name: the form's choice of chair. */
    public List<StaffMember> chairs() {
        return staff.withRole(Role.CHILD_PROTECTION_CHAIR);
    }

    /** The children one of whose review conferences this user chaired. */
    public Set<PersonId> childrenChairedBy(UUID chairId) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT p.person_id FROM plan_meeting m JOIN plan p ON p.id = m.plan_id
                WHERE m.kind = 'REVIEW_CONFERENCE' AND m.chair_id = :chair""")
                .param("chair", chairId).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list());
    }

    /** The latest review conference of each of these children that had one, with its chair (none on old rows). */
    public Map<PersonId, Held> latest(Collection<PersonId> children) {
        Map<PersonId, Held> latest = new HashMap<>();
        if (children.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (p.person_id) p.person_id, m.held_on, m.chair_id
                FROM plan_meeting m JOIN plan p ON p.id = m.plan_id
                WHERE m.kind = 'REVIEW_CONFERENCE' AND p.person_id IN (:children)
                ORDER BY p.person_id, m.held_on DESC, m.recorded_at DESC""")
                .param("children", children)
                .query((rs, n) -> latest.put(new PersonId(rs.getObject(1, UUID.class)),
                        new Held(rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class)))).list();
        return latest;
    }

    /** A chair is a user whose role is to chair conferences; anyone else, or nobody, is no chair. */
    Optional<StaffMember> chair(UUID chairId) {
        return chairId == null ? Optional.empty()
                : staff.find(chairId).filter(member -> member.role() == Role.CHILD_PROTECTION_CHAIR);
    }

    /** The chair of a review may open the child's record, as the chair of the initial conference may. */
    void chaired(PersonId child, UUID meetingId, UUID chairId) {
        events.publishEvent(new ChildRelationshipStarted(child.value(), ChildRelationshipStarted.Kind.CONFERENCE_CHAIR,
                chairId, null, "review-conference:" + meetingId, clock.instant()));
    }

    /** A conference as held: the day and who chaired it (null for one recorded before chairs were users). */
    public record Held(LocalDate heldOn, UUID chairId) {
    }
}
