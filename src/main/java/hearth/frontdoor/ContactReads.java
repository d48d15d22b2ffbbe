package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Reading a contact is reading about each child matched to it, so each such child gets an
 * audit entry naming the contact: the hub screening it, a partner reading its referral
 * on the site or through the API.
 */
@Service
public class ContactReads {

    private final AuditTrail audit;

    ContactReads(AuditTrail audit) {
        this.audit = audit;
    }

    /** @param action for example VIEW_CONTACT or API_READ_REFERRAL */
    public ContactView audited(ContactView contact, StaffMember reader, String action) {
        for (ContactView.Child child : contact.children()) {
            if (child.personId() != null) {
                audit.record(new AuditTrail.Entry(reader.id(), reader.username(), action, child.personId(),
                        "contact " + contact.id(), null, true));
            }
        }
        return contact;
    }
}
