package hearth.frontdoor;

import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockStatus;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A contact's deadlines, kept as timeliness clocks named by the contact: the decision (one
 * working day, or a standard police notification's own), red priority (four working hours
 * from receipt) and, for a contact recorded out of hours, the handover to the day team. A
 * contact's clocks name no child, since a contact may name several children or one not yet
 * matched: the hub works them from its queue and each worker's "my work".
 */
@Component
class ContactClocks {

    /** The kinds a contact's decision may be timed by. */
    static final Set<ClockKind> DECISIONS = EnumSet.of(ClockKind.CONTACT_DECISION,
            ClockKind.POLICE_NOTIFICATION_DECISION);

    private final Clocks clocks;

    ContactClocks(Clocks clocks) {
        this.clocks = clocks;
    }

    void received(ContactId contactId, Instant at, ClockKind decision, Priority priority, boolean outOfHours) {
        ClockSubject contact = ClockSubject.contact(contactId);
        clocks.start(null, decision, contact, at);
        if (priority == Priority.RED) {
            clocks.start(null, ClockKind.CONTACT_RED_PRIORITY, contact, at);
        }
        if (outOfHours) {
            clocks.start(null, ClockKind.OUT_OF_HOURS_HANDOVER, contact, at);
        }
    }

    /** Red priority runs from receipt, so a contact made red later is due when it would have been. */
    void reprioritised(ContactView contact, Priority to) {
        ClockSubject subject = ClockSubject.contact(contact.id());
        if (to == Priority.RED && contact.priority() != Priority.RED) {
            clocks.start(null, ClockKind.CONTACT_RED_PRIORITY, subject, contact.receivedAt());
        } else if (to != Priority.RED && contact.priority() == Priority.RED) {
            clocks.cancel(ClockKind.CONTACT_RED_PRIORITY, subject);
        }
    }

    /** The day team first assigned or decided an out-of-hours contact. */
    void handedOver(ContactId contactId, Instant at) {
        clocks.complete(ClockKind.OUT_OF_HOURS_HANDOVER, ClockSubject.contact(contactId), at);
    }

    /** The threshold decision is made (authorising it later is not part of the deadline). */
    void decided(ContactId contactId, Instant at) {
        ClockSubject subject = ClockSubject.contact(contactId);
        DECISIONS.forEach(kind -> clocks.complete(kind, subject, at));
        clocks.complete(ClockKind.CONTACT_RED_PRIORITY, subject, at);
    }

    /** Decided without the day team ever picking it up: the contact no longer waits for a handover. */
    void closed(ContactId contactId) {
        clocks.cancel(ClockKind.OUT_OF_HOURS_HANDOVER, ClockSubject.contact(contactId));
    }

    /** Each contact's deadlines, read from its clocks in one query. */
    Map<ContactId, Deadlines> of(Collection<ContactId> contactIds) {
        Map<ContactId, Deadlines> deadlines = new HashMap<>();
        clocks.about(ClockSubject.Type.CONTACT, contactIds).stream()
                .filter(due -> due.status() != ClockStatus.CANCELLED)
                .forEach(due -> deadlines.merge(new ContactId(due.subject().id()), Deadlines.of(due), Deadlines::then));
        return deadlines;
    }

    /** The out-of-hours handovers still open or due since {@code since}. */
    List<Clocks.Due> handoversSince(Instant since) {
        return clocks.ofKindSince(ClockKind.OUT_OF_HOURS_HANDOVER, since);
    }

    /** The open clocks of these contacts, for a worker's "my work". */
    List<Clocks.Due> open(Collection<ContactId> contactIds) {
        return clocks.about(ClockSubject.Type.CONTACT, contactIds).stream().filter(Clocks.Due::isOpen).toList();
    }

    /** A contact's due times; the handover only while it is still awaited. */
    record Deadlines(Instant priorityDue, Instant decisionDue, Instant handoverDue) {

        static final Deadlines NONE = new Deadlines(null, null, null);

        static Deadlines of(Clocks.Due due) {
            if (due.kind() == ClockKind.CONTACT_RED_PRIORITY) {
                return new Deadlines(due.dueAt(), null, null);
            }
            if (DECISIONS.contains(due.kind())) {
                return new Deadlines(null, due.dueAt(), null);
            }
            return new Deadlines(null, null, due.kind() == ClockKind.OUT_OF_HOURS_HANDOVER && due.isOpen()
                    ? due.dueAt() : null);
        }

        /** This contact's deadlines with a later clock's laid over them. */
        Deadlines then(Deadlines later) {
            return new Deadlines(later.priorityDue != null ? later.priorityDue : priorityDue,
                    later.decisionDue != null ? later.decisionDue : decisionDue,
                    later.handoverDue != null ? later.handoverDue : handoverDue);
        }
    }
}
