package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.people.PersonDetails;
import hearth.people.PersonIndex;
import hearth.platform.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child the index does not know yet, recorded from what the referrer said and matched to
 * the contact in one step: when the contact was changed by someone else meanwhile, the
 * child is not left recorded but unmatched.
 */
@Service
public class UnknownChildren {

    private final PersonIndex people;
    private final FrontDoor frontDoor;

    UnknownChildren(PersonIndex people, FrontDoor frontDoor) {
        this.people = people;
        this.frontDoor = frontDoor;
    }

    @Transactional
    public PersonId recordAndMatch(ContactId contactId, int version, int position, PersonDetails child, StaffMember by) {
        PersonId person = people.record(child, by, false);
        frontDoor.matchChild(contactId, version, position, person, by);
        return person;
    }
}
