package hearth.people;

import hearth.access.AccessDenied;
import hearth.access.CaseFileAccess;
import hearth.access.CaseFileAccess.Decision;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Opens any person's record. A child's record follows the case file rules; an adult's
 * follows the most open of the children they are related to, since adults are recorded
 * because of a child. An adult linked to no child yet is open to casework roles.
 */
@Service
public class PersonRecordAccess {

    private final CaseFileAccess access;
    private final FamilyNetwork family;
    private final PersonIndex people;
    private final AuditTrail audit;

    PersonRecordAccess(CaseFileAccess access, FamilyNetwork family, PersonIndex people, AuditTrail audit) {
        this.access = access;
        this.family = family;
        this.people = people;
        this.audit = audit;
    }

    public Person open(StaffMember staff, UUID personId, String action, String reason) {
        Person person = people.find(personId).orElseThrow(() -> new PersonNotFound(personId));
        if (person.isChild() || access.isRestricted(personId)) {
            access.open(staff, personId, action, reason);
            return person;
        }
        Decision decision = adultDecision(staff, personId);
        boolean reasonGiven = reason != null && !reason.isBlank();
        boolean allowed = decision == Decision.ALLOWED || decision == Decision.REASON_REQUIRED && reasonGiven;
        audit.record(new AuditTrail.Entry(staff.id(), staff.username(), action, personId, null,
                reasonGiven ? reason : null, allowed));
        if (!allowed) {
            throw new AccessDenied(personId, decision == Decision.REASON_REQUIRED);
        }
        return person;
    }

    private Decision adultDecision(StaffMember staff, UUID adultId) {
        if (!staff.role().searchesPeople()) {
            return Decision.DENIED;
        }
        List<UUID> children = family.relatedChildren(adultId);
        if (children.isEmpty()) {
            return Decision.ALLOWED;
        }
        Decision best = Decision.DENIED;
        for (UUID child : children) {
            Decision decision = access.decide(staff, child);
            if (decision == Decision.ALLOWED) {
                return decision;
            }
            if (decision == Decision.REASON_REQUIRED) {
                best = decision;
            }
        }
        return best;
    }

    /** No person with this id: a 404, not an error. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class PersonNotFound extends RuntimeException {
        public PersonNotFound(UUID id) {
            super("No person " + id);
        }
    }
}
