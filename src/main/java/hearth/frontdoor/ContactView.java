package hearth.frontdoor;

import hearth.platform.London;
import hearth.platform.PersonId;
import hearth.timeliness.Clocks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as the hub and, in part, the referrer see it. */
public record ContactView(ContactId id, ContactStatus status, String channel, String referralSource, String referrerName,
                          String referrerRole, String referrerOrganisation, String referrerPhone, String referrerEmail,
                          String family, String worry, String childSaid, String tried, List<String> factors,
                          String urgency, Consent consent, String consentReason, String consentOverriddenBy,
                          Priority priority, Instant receivedAt, Instant priorityDueAt, Instant decisionDueAt,
                          Instant handoverDueAt,
                          UUID assignedTo, String assignedName, Integer thresholdLevel, String rationale,
                          Outcome outcome, String decidedByName, Instant decidedAt, String authorisedByName,
                          Instant authorisedAt, int version, List<Child> children) {

    public boolean isDraft() {
        return status == ContactStatus.DRAFT;
    }

    public boolean isOpen() {
        return status.open();
    }

    /** The hub is screening it: it can be assigned, reprioritised and decided. */
    public boolean screening() {
        return status == ContactStatus.RECEIVED;
    }

    public boolean awaitsAuthorisation() {
        return status == ContactStatus.AWAITING_AUTHORISATION;
    }

    public boolean decided() {
        return status == ContactStatus.DECIDED;
    }

    /**
     * When the clock that matters now is due: red priority first, then the decision; an
     * out-of-hours contact not yet handed to the day team by its handover time if sooner.
     */
    public Instant dueAt() {
        Instant due = priority == Priority.RED && priorityDueAt != null ? priorityDueAt : decisionDueAt;
        return awaitsHandover() && (due == null || handoverDueAt.isBefore(due)) ? handoverDueAt : due;
    }

    /** Recorded out of hours and not yet picked up by the day team. */
    public boolean awaitsHandover() {
        return handoverDueAt != null && isOpen();
    }

    public java.time.ZonedDateTime dueLocal() {
        return london(dueAt());
    }

    public java.time.ZonedDateTime receivedLocal() {
        return london(receivedAt);
    }

    public java.time.ZonedDateTime decidedLocal() {
        return london(decidedAt);
    }

    private static java.time.ZonedDateTime london(Instant at) {
        return at == null ? null : at.atZone(London.ZONE);
    }

    /** A contact's decision is due soon in its last two hours. */
    public Clocks.State clock(Instant now) {
        if (!isOpen() || dueAt() == null) {
            return decidedAt != null && decisionDueAt != null && decidedAt.isAfter(decisionDueAt)
                    ? Clocks.State.MET_LATE : Clocks.State.MET;
        }
        return Clocks.State.of(dueAt(), null, now, java.time.Duration.ofHours(2));
    }

    public String statusLabel() {
        return status.label();
    }

    /** The same contact with its children as a viewer may see them. */
    ContactView withChildren(List<Child> shown) {
        return new ContactView(id, status, channel, referralSource, referrerName, referrerRole, referrerOrganisation,
                referrerPhone, referrerEmail, family, worry, childSaid, tried, factors, urgency, consent, consentReason,
                consentOverriddenBy, priority, receivedAt, priorityDueAt, decisionDueAt, handoverDueAt, assignedTo,
                assignedName, thresholdLevel, rationale, outcome, decidedByName, decidedAt, authorisedByName,
                authorisedAt, version, shown);
    }

    /** A child as the referrer described them; {@code restricted} when matched to a record the viewer may not see. */
    public record Child(int position, String forenames, String surname, java.time.LocalDate dateOfBirth,
                        String address, String postcode, PersonId personId, boolean restricted) {

        public String name() {
            return restricted ? forenames : forenames + " " + surname;
        }

        /** Nothing that identifies the child: no name, date of birth, address or record. */
        Child asRestricted() {
            return new Child(position, hearth.access.RestrictionFilter.PLACEHOLDER, "", null, null, null, null, true);
        }
    }
}
