package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import java.util.List;
import java.util.stream.Stream;
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
        audit.recordAll(entries(contact, reader, action).toList());
        return contact;
    }

    /** A list of contacts (the partner API's list of referrals) is one batch on the trail, a child per entry. */
    public List<ContactView> audited(List<ContactView> contacts, StaffMember reader, String action) {
        audit.recordAll(contacts.stream().flatMap(contact -> entries(contact, reader, action)).toList());
        return contacts;
    }

    private static Stream<AuditTrail.Entry> entries(ContactView contact, StaffMember reader, String action) {
        return contact.children().stream().filter(child -> child.personId() != null)
                .map(child -> new AuditTrail.Entry(reader.id(), reader.username(), action, child.personId(),
                        "contact " + contact.id(), null, true));
    }
}
