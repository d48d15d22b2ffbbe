package hearth.frontdoor;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.HomeWork;
import hearth.platform.London;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The front door's lists on a home page: a hub practitioner's contacts, the decisions a hub
 * manager must authorise, and the night's calls and handovers for the out-of-hours worker.
 * Children matched to a restricted record show as a placeholder, as in the queue.
 */
@Component
class HubHome implements HomeWork {

    /** A night's calls: everything handed over, or due to be, since this time yesterday. */
    private static final Duration TONIGHT = Duration.ofHours(24);
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

    private final ContactQueries contacts;
    private final Clock clock;

    HubHome(ContactQueries contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        List<Section> sections = new ArrayList<>();
        if (staff.role() == Role.MASH_MANAGER) {
            sections.add(new Section(10, "Decisions awaiting your authorisation", "decision", "decisions",
                    "Threshold decisions that need a hub manager's authorisation will appear here.",
                    contacts.queue(ContactQueries.QueueFilter.awaitingAuthorisation(), staff).stream()
                            .map(HubHome::toAuthorise).toList()));
        }
        if (staff.role() == Role.MASH_PRACTITIONER || staff.role() == Role.MASH_MANAGER) {
            sections.add(new Section(20, "Contacts assigned to you", "contact", "contacts",
                    "Contacts you take from the queue to screen will appear here.",
                    rows(contacts.queue(ContactQueries.QueueFilter.assignedTo(staff.id()), staff))));
        }
        if (staff.role() == Role.OUT_OF_HOURS_WORKER) {
            sections.add(new Section(10, "Tonight's calls and handovers", "call", "calls",
                    "Contacts recorded out of hours since this time yesterday will appear here, with their"
                            + " handover to the day team.",
                    contacts.outOfHoursSince(clock.instant().minus(TONIGHT), staff).stream()
                            .map(this::handover).toList()));
        }
        return sections;
    }

    private List<Row> rows(List<ContactView> queue) {
        return queue.stream().map(c -> new Row(subject(c), href(c), detail(c), c.dueAt(), c.clock(clock.instant())))
                .toList();
    }

    /** The decision's deadline was met when it was made; authorising it has none, so the row says who decided and when. */
    private static Row toAuthorise(ContactView c) {
        String decided = "Decided" + (c.decidedByName() == null ? "" : " by " + c.decidedByName())
                + (c.decidedAt() == null ? "" : " on " + RECEIVED.format(c.decidedAt().atZone(London.ZONE)));
        String outcome = c.outcome() == null ? "" : ": " + c.outcome().label().toLowerCase();
        return new Row(subject(c), href(c), decided + outcome, null, null);
    }

    /** The handover is the step that matters out of hours: it is met once the day team picks the contact up. */
    private Row handover(ContactQueries.Handover h) {
        return new Row(subject(h.contact()), href(h.contact()), detail(h.contact()), h.due().dueAt(),
                h.due().state(clock.instant()));
    }

    private static String subject(ContactView c) {
        String children = c.children().stream().map(ContactView.Child::name).collect(Collectors.joining(", "));
        return (children.isEmpty() ? "Contact" : children) + ", received "
                + RECEIVED.format(c.receivedAt().atZone(London.ZONE));
    }

    private static String href(ContactView c) {
        return "/front-door/contacts/" + c.id();
    }

    private static String detail(ContactView c) {
        return Stream.of(c.priority() == null ? null : c.priority().label() + " priority", c.statusLabel(),
                        c.assignedName() == null ? "Not assigned" : "Assigned to " + c.assignedName())
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(" · "));
    }
}
