package hearth.frontdoor;

import hearth.platform.BulkCopy;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.ClocksBulkLoad;
import hearth.timeliness.Timescales;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Loads many contacts at once, with their deadlines' clocks, for synthetic councils and
 * migrations from a council's old system.
 */
public final class ContactsBulkLoad implements AutoCloseable {

    private final BulkCopy contacts;
    private final BulkCopy children;
    private final ClocksBulkLoad clocks;

    public ContactsBulkLoad(Connection connection, Timescales timescales) {
        contacts = new BulkCopy(connection, "contact", "id", "status", "channel", "referral_source",
                "referrer_name", "referrer_organisation", "worry", "factors", "urgency", "consent", "consent_reason",
                "priority", "received_at", "threshold_level", "rationale", "outcome", "decided_at", "decided_by",
                "authorised_at", "proposed_level", "proposed_outcome", "authorisation_change", "created_at");
        children = new BulkCopy(connection, "contact_child", "contact_id", "position", "forenames", "surname",
                "date_of_birth", "person_id");
        clocks = new ClocksBulkLoad(connection, timescales);
    }

    /**
     * A contact and the children it is about; decision fields are null while it is open, and
     * who decided may be null for a contact migrated from a system that did not record it;
     * {@code proposed} is null unless the hub manager changed the decision when authorising it. Its
     * clocks are met when it was decided, as {@link FrontDoor} meets them.
     */
    public void contact(Loaded c) {
        Priority priority = Priority.fromUrgency(c.urgency());
        boolean changed = c.decided() && c.proposed() != null;
        contacts.add(c.id(), c.decided() ? "DECIDED" : "RECEIVED", c.channel(), c.source(), c.referrerName(),
                c.organisation(), c.worry(), c.factors(), c.urgency(), c.consent().name(),
                c.consent().needsReason() ? c.consentReason() : null, priority.name(),
                c.receivedAt(), c.decided() ? c.level().level() : null,
                c.decided() ? c.rationale() : null, c.decided() ? c.outcome().name() : null, c.decidedAt(),
                c.decided() ? c.decidedBy() : null, c.decided() ? c.decidedAt() : null,
                changed ? c.proposed().level().level() : null, changed ? c.proposed().outcome().name() : null,
                changed ? c.proposed().reason() : null, c.receivedAt());
        ClockSubject subject = ClockSubject.contact(new ContactId(c.id()));
        clocks.clock(null, ClockKind.CONTACT_DECISION, subject, c.receivedAt(), c.decidedAt());
        if (priority == Priority.RED) {
            clocks.clock(null, ClockKind.CONTACT_RED_PRIORITY, subject, c.receivedAt(), c.decidedAt());
        }
        if (c.outOfHours()) {
            clocks.clock(null, ClockKind.OUT_OF_HOURS_HANDOVER, subject, c.receivedAt(), c.decidedAt());
        }
        for (int i = 0; i < c.children().size(); i++) {
            ChildRef child = c.children().get(i);
            children.add(c.id(), i, child.forenames(), child.surname(), child.born(), child.personId());
        }
    }

    public void flushIfFull() {
        if (contacts.pending() + children.pending() + clocks.pending() >= 50_000) {
            close();
        }
    }

    @Override
    public void close() {
        contacts.flush();
        children.flush();
        clocks.close();
    }

    /** What a practitioner proposed when the hub manager changed the decision at authorisation, and why. */
    public record Proposed(ThresholdLevel level, Outcome outcome, String reason) {
    }

    public record ChildRef(UUID personId, String forenames, String surname, LocalDate born) {
    }

    public record Loaded(UUID id, String channel, String source, String referrerName, String organisation,
                         String worry, List<String> factors, String urgency, Consent consent, String consentReason,
                         Instant receivedAt, boolean outOfHours, ThresholdLevel level, String rationale,
                         Outcome outcome, Instant decidedAt, UUID decidedBy, Proposed proposed,
                         List<ChildRef> children) {

        public boolean decided() {
            return decidedAt != null;
        }
    }
}
