package hearth.people;

import hearth.access.CaseFileAccess.Decision;
import hearth.access.CaseFileAccess;
import hearth.access.CaseFilePages;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.util.List;
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

    PersonRecordAccess(CaseFileAccess access, FamilyNetwork family, PersonIndex people) {
        this.access = access;
        this.family = family;
        this.people = people;
    }

    /**
     * Opens the record for the signed-in user, with the reason they stated for it this session;
     * a child's page then names the child, as every page of a case file does.
     */
    public Person open(PersonId personId, String action, HttpSession session) {
        Person person = open(StaffMember.require(), personId, action, StatedReasons.reasonFor(session, personId));
        if (person.isChild()) {
            CaseFilePages.nameOnThePage(personId, person.name());
        }
        return person;
    }

    public Person open(StaffMember staff, PersonId personId, String action, String reason) {
        Person person = people.find(personId).orElseThrow(() -> new PersonNotFound(personId));
        if (person.isChild() || access.isRestricted(personId)) {
            access.open(staff, personId, action, reason);
            return person;
        }
        access.enforce(staff, personId, action, reason, adultDecision(staff, personId));
        return person;
    }

    private Decision adultDecision(StaffMember staff, PersonId adultId) {
        if (!staff.role().searchesPeople()) {
            return Decision.DENIED;
        }
        List<PersonId> children = family.relatedChildren(adultId);
        if (children.isEmpty()) {
            return Decision.ALLOWED;
        }
        Decision best = Decision.DENIED;
        for (PersonId child : children) {
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
        public PersonNotFound(PersonId id) {
            super("No person " + id);
        }
    }
}
