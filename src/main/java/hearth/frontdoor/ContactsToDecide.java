package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.casework.DueForStaff;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A hub worker's "my work" includes the open deadlines of the contacts assigned to them:
 * red priority, the decision and any out-of-hours handover. Children are named as the
 * restriction filter lets the worker see them.
 */
@Component
class ContactsToDecide implements DueForStaff {

    private final ContactQueries contacts;
    private final ContactClocks clocks;

    ContactsToDecide(ContactQueries contacts, ContactClocks clocks) {
        this.contacts = contacts;
        this.clocks = clocks;
    }

    @Override
    public List<Item> dueFor(StaffMember staff) {
        if (!staff.role().worksAtTheFrontDoor()) {
            return List.of();
        }
        Map<ContactId, ContactView> mine = contacts.queue(new ContactQueries.QueueFilter(null, null, null, null, staff.id()),
                staff).stream().collect(Collectors.toMap(ContactView::id, Function.identity()));
        return clocks.open(mine.keySet()).stream().map(due -> item(mine.get(new ContactId(due.subject().id())), due)).toList();
    }

    private static Item item(ContactView contact, hearth.timeliness.Clocks.Due due) {
        String children = contact.children().stream().map(ContactView.Child::name).collect(Collectors.joining(", "));
        return new Item("Contact received " + contact.receivedLocal().toLocalDate()
                + (children.isEmpty() ? "" : " about " + children), "/front-door/contacts/" + contact.id(), due);
    }
}
