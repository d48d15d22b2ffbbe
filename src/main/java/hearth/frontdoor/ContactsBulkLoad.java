package hearth.frontdoor;

import hearth.platform.BulkCopy;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Loads many contacts at once, for synthetic councils and migrations from a council's old system. */
public final class ContactsBulkLoad implements AutoCloseable {

    private final BulkCopy contacts;
    private final BulkCopy children;

    public ContactsBulkLoad(Connection connection) {
        contacts = new BulkCopy(connection, "contact", "id", "status", "channel", "referral_source",
                "referrer_name", "referrer_organisation", "worry", "factors", "urgency", "consent", "consent_reason",
                "priority", "received_at", "priority_due_at", "decision_due_at", "threshold_level", "rationale",
                "outcome", "decided_at", "authorised_at", "created_at", "handover_due_at", "handed_over_at");
        children = new BulkCopy(connection, "contact_child", "contact_id", "position", "forenames", "surname",
                "date_of_birth", "person_id");
    }

    /** A contact and the children it is about; decision fields are null while it is open. */
    public void contact(Loaded c) {
        contacts.add(c.id(), c.decided() ? "DECIDED" : "RECEIVED", c.channel(), c.source(), c.referrerName(),
                c.organisation(), c.worry(), c.factors(), c.urgency(), c.consent().name(),
                c.consent().needsReason() ? c.consentReason() : null, Priority.fromUrgency(c.urgency()).name(),
                c.receivedAt(), c.priorityDueAt(), c.decisionDueAt(), c.decided() ? c.level().level() : null,
                c.decided() ? c.rationale() : null, c.decided() ? c.outcome().name() : null, c.decidedAt(),
                c.decided() ? c.decidedAt() : null, c.receivedAt(), c.handoverDueAt(),
                c.handoverDueAt() != null && c.decided() ? c.decidedAt() : null);
        for (int i = 0; i < c.children().size(); i++) {
            ChildRef child = c.children().get(i);
            children.add(c.id(), i, child.forenames(), child.surname(), child.born(), child.personId());
        }
    }

    public void flushIfFull() {
        if (contacts.pending() + children.pending() >= 50_000) {
            close();
        }
    }

    @Override
    public void close() {
        contacts.flush();
        children.flush();
    }

    public record ChildRef(UUID personId, String forenames, String surname, LocalDate born) {
    }

    public record Loaded(UUID id, String channel, String source, String referrerName, String organisation,
                         String worry, List<String> factors, String urgency, Consent consent, String consentReason,
                         Instant receivedAt, Instant priorityDueAt, Instant decisionDueAt, ThresholdLevel level,
                         String rationale, Outcome outcome, Instant decidedAt, Instant handoverDueAt,
                         List<ChildRef> children) {

        public boolean decided() {
            return decidedAt != null;
        }
    }
}
