package hearth.frontdoor;

import hearth.access.AccessDenied;
import hearth.access.ChildRelationshipStarted;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.LatestChange;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door: contacts arrive (drafted, then submitted), are screened, matched to the
 * person index, decided against the continuum of need and, where the council asks,
 * authorised by a hub manager. Every step is dated and the clocks come from the
 * working calendar.
 */
@Service
public class FrontDoor {

    private final JdbcClient jdbc;
    private final ContactQueries contacts;
    private final ContactClocks contactClocks;
    private final DecisionTakesEffect decisions;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<Outcome> needAuthorisation;

    FrontDoor(JdbcClient jdbc, ContactQueries contacts, ContactClocks contactClocks, DecisionTakesEffect decisions,
              Chronology chronology, AuditTrail audit, Staff staff, ApplicationEventPublisher events, Clock clock,
              @Value("${hearth.frontdoor.authorise-outcomes:NO_FURTHER_ACTION,SIGNPOST,EARLY_HELP,ASSESSMENT,STRATEGY_DISCUSSION}")
              String[] needAuthorisation) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.contactClocks = contactClocks;
        this.decisions = decisions;
        this.chronology = chronology;
        this.audit = audit;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
        this.needAuthorisation = java.util.Arrays.stream(needAuthorisation).map(String::strip).filter(v -> !v.isEmpty())
                .map(Outcome::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Keeps an incomplete referral for later; only lengths are checked and nothing is sent. */
    @Transactional
    public ContactId saveDraft(ContactId draftId, ReferralDetails details, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        ReferralRules.checkLengths(details, errors);
        errors.throwIfAny();
        ContactId id = write(draftId, details, by);
        jdbc.sql("UPDATE contact SET status = 'DRAFT' WHERE id = :id").param("id", id).update();
        return id;
    }

    /** Adds what would stop these details being sent, so a form can show every problem at once. */
    public void check(ReferralDetails details, InvalidInput.Errors errors) {
        ReferralRules.collect(details, LocalDate.now(clock), errors);
    }

    /** Sends the referral to the hub and starts its clocks. */
    @Transactional
    public ContactId submit(ContactId draftId, ReferralDetails details, StaffMember by) {
        ReferralRules.checkSubmission(details, LocalDate.now(clock));
        return start(write(draftId, details, by), details, by, ClockKind.CONTACT_DECISION);
    }

    /** A contact that arrives complete from another system (a police notification) with its own decision timescale. */
    ContactId receive(ReferralDetails details, StaffMember by, ClockKind decision) {
        return start(write(null, details, by), details, by, decision);
    }

    private ContactId start(ContactId id, ReferralDetails details, StaffMember by, ClockKind decision) {
        Instant now = clock.instant();
        Priority priority = Priority.fromUrgency(details.urgency());
        jdbc.sql("UPDATE contact SET status = 'RECEIVED', received_at = :now, priority = :priority WHERE id = :id")
                .param("now", Timestamp.from(now)).param("priority", priority.name()).param("id", id).update();
        contactClocks.received(id, now, decision, priority, by.role() == Role.OUT_OF_HOURS_WORKER);
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "SUBMIT_CONTACT", null, "contact " + id, null, true));
        return id;
    }

    /** A hub worker takes the contact they saw at {@code version}. */
    @Transactional
    public void assign(ContactId contactId, int version, StaffMember to) {
        ContactView contact = opened(contactId, version);
        move(contact, contact.status().screen(), "assigned_to = :u", Map.of("u", to.id()), to);
        handOverIfDayTeam(contactId, to);
    }

    /** An out-of-hours contact is handed over when the day team first assigns or decides it. */
    private void handOverIfDayTeam(ContactId contactId, StaffMember by) {
        if (by.role() != Role.OUT_OF_HOURS_WORKER) {
            contactClocks.handedOver(contactId, clock.instant());
        }
    }

    @Transactional
    public void reprioritise(ContactId contactId, int version, Priority priority, StaffMember by) {
        ContactView contact = opened(contactId, version);
        move(contact, contact.status().screen(), "priority = :p", Map.of("p", priority.name()), by);
        contactClocks.reprioritised(contact, priority);
    }

    /**
     * Records that the child the referrer described is this person in the index. The hub
     * then sees the child's record while the contact is open, and the contact joins the
     * child's chronology. The contact's guarded UPDATE comes first, so of two people matching
     * at once only one writes the chronology entry and the access relationship.
     */
    @Transactional
    public void matchChild(ContactId contactId, int version, int position, PersonId personId, StaffMember by) {
        ContactView contact = opened(contactId, version);
        move(contact, contact.status().match(), "", Map.of(), by);
        int changed = jdbc.sql("UPDATE contact_child SET person_id = :p WHERE contact_id = :c AND position = :pos AND person_id IS NULL")
                .param("p", personId).param("c", contactId).param("pos", position).update();
        if (changed == 0) {
            throw InvalidInput.of("personId", "That child has already been matched");
        }
        events.publishEvent(new ChildRelationshipStarted(personId.value(), ChildRelationshipStarted.Kind.FRONT_DOOR, null,
                by.teamId(), source(contactId), clock.instant()));
        chronology.record(personId, contact.receivedAt().atZone(WorkingCalendar.LONDON).toLocalDate(),
                "Contact received", "From " + describeReferrer(contact) + " (" + contact.channel().toLowerCase()
                        .replace('_', ' ') + "): " + excerpt(contact.worry()), by, source(contactId));
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "MATCH_CONTACT", personId, "contact " + contactId,
                null, true));
    }

    /** Records the threshold decision; it takes effect now or when a hub manager authorises it. */
    @Transactional
    public void decide(ContactId contactId, int version, ThresholdLevel level, String rationale, Outcome outcome,
                       StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (level == null) {
            errors.add("thresholdLevel", "Select the level of need");
        }
        if (rationale == null || rationale.isBlank()) {
            errors.add("rationale", "Explain the decision against the threshold");
        }
        if (outcome == null) {
            errors.add("outcome", "Select what happens next");
        }
        errors.throwIfAny();
        ContactView contact = opened(contactId, version);
        ContactStatus next = contact.status().decide(needAuthorisation.contains(outcome));
        move(contact, next, """
                threshold_level = :level, rationale = :rationale, outcome = :outcome, decided_by = :by,
                decided_at = :now""", Map.of("level", level.level(), "rationale", rationale.strip(),
                "outcome", outcome.name()), by);
        contactClocks.decided(contactId, clock.instant());
        handOverIfDayTeam(contactId, by);
        if (next == ContactStatus.DECIDED) {
            decisions.takeEffect(contactId, by);
        }
    }

    /** A hub manager confirms the decision they saw at {@code version}; the referrer then sees the outcome. */
    @Transactional
    public void authorise(ContactId contactId, int version, StaffMember manager) {
        requireHubManager(manager);
        ContactView contact = opened(contactId, version);
        move(contact, contact.status().authorise(), "authorised_by = :by, authorised_at = :now", Map.of(), manager);
        authorised(contactId, manager);
    }

    /**
     * A hub manager changes the decision they saw at {@code version} and authorises their own,
     * saying why. What the practitioner proposed is kept beside it, so the change shows on the
     * contact and in the child's chronology, and counts among decisions changed at authorisation.
     */
    @Transactional
    public void authoriseChanged(ContactId contactId, int version, ThresholdLevel level, Outcome outcome,
                                 String reason, StaffMember manager) {
        requireHubManager(manager);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (level == null) {
            errors.add("changedLevel", "Select the level of need you authorise");
        }
        if (outcome == null) {
            errors.add("changedOutcome", "Select what happens next");
        }
        if (reason == null || reason.isBlank()) {
            errors.add("changeReason", "Say why you changed the decision");
        }
        errors.throwIfAny();
        ContactView contact = opened(contactId, version);
        if (contact.thresholdLevel() != null && level.level() == contact.thresholdLevel() && outcome == contact.outcome()) {
            throw InvalidInput.of("changedLevel", "That is the decision already made: authorise it as it is, "
                    + "or change the level of need or what happens next");
        }
        move(contact, contact.status().authorise(), """
                proposed_level = threshold_level, proposed_outcome = outcome, authorisation_change = :reason,
                threshold_level = :level, outcome = :outcome, authorised_by = :by, authorised_at = :now""",
                Map.of("reason", reason.strip(), "level", level.level(), "outcome", outcome.name()), manager);
        String change = "Proposed: " + ThresholdLevel.of(contact.thresholdLevel()).label() + ", "
                + contact.outcome().label().toLowerCase() + ". Authorised: " + level.label() + ", "
                + outcome.label().toLowerCase() + ". Why: " + excerpt(reason.strip());
        for (ContactView.Child child : contact.children()) {
            if (child.personId() != null) {
                chronology.record(child.personId(), LocalDate.now(clock), "Decision changed at authorisation", change,
                        manager, source(contactId));
            }
        }
        authorised(contactId, manager);
    }

    private static void requireHubManager(StaffMember manager) {
        if (manager.role() != Role.MASH_MANAGER && manager.role() != Role.HEAD_OF_SERVICE) {
            // Authorising is a hub manager's: anyone else is refused, not corrected.
            throw new AccessDenied(null, false);
        }
    }

    private void authorised(ContactId contactId, StaffMember manager) {
        handOverIfDayTeam(contactId, manager);
        decisions.takeEffect(contactId, manager);
    }

    /** The contact as the user opened it at {@code version}; a later version means someone else moved it. */
    private ContactView opened(ContactId contactId, int version) {
        ContactView contact = contacts.find(contactId)
                .orElseThrow(() -> InvalidInput.of("contact", "No such contact"));
        if (contact.version() != version) {
            throw lost(contactId);
        }
        return contact;
    }

    /**
     * The one guarded UPDATE of every contact transition: it names the status and version the
     * user saw, so of two users at once only one changes the row, and nothing else is written
     * for the other (no chronology, clock, event or audit of a change).
     */
    private void move(ContactView contact, ContactStatus to, String set, Map<String, Object> values, StaffMember by) {
        ConcurrentEdit.unlessOneRow(jdbc.sql("UPDATE contact SET status = :to" + (set.isEmpty() ? "" : ", " + set) + """
                , changed_by = :by, changed_at = :now, version = version + 1
                WHERE id = :id AND status = :from AND version = :version""")
                .params(values).param("to", to.name()).param("by", by.id()).param("now", Timestamp.from(clock.instant()))
                .param("id", contact.id()).param("from", contact.status().name()).param("version", contact.version())
                .update(), () -> lost(contact.id()));
    }

    private ConcurrentEdit lost(ContactId contactId) {
        return LatestChange.lost(jdbc, "This contact", "contact", "status", contactId,
                code -> ContactStatus.valueOf(code).label(),
                staff::nameOf);
    }

    private ContactId write(ContactId draftId, ReferralDetails d, StaffMember by) {
        ContactId id = draftId == null ? new ContactId(UUID.randomUUID()) : draftId;
        if (draftId != null) {
            int stillDraft = jdbc.sql("SELECT count(*) FROM contact WHERE id = :id AND status = 'DRAFT' AND referrer_user_id = :u")
                    .param("id", id).param("u", by.id()).query(Integer.class).single();
            if (stillDraft == 0) {
                throw InvalidInput.of("draft", "This referral has already been sent or is not yours");
            }
            jdbc.sql("DELETE FROM contact_child WHERE contact_id = :id").param("id", id).update();
        }
        jdbc.sql("""
                INSERT INTO contact (id, status, channel, referral_source, referrer_user_id, referrer_name, referrer_role,
                    referrer_organisation, referrer_phone, referrer_email, family, worry, child_said, tried, factors,
                    urgency, consent, consent_reason, consent_overridden_by, created_at)
                VALUES (:id, 'DRAFT', :channel, :source, :user, :name, :role, :org, :phone, :email, :family, :worry,
                    :childSaid, :tried, :factors, :urgency, :consent, :consentReason, :overriddenBy, :now)
                ON CONFLICT (id) DO UPDATE SET channel = EXCLUDED.channel, referral_source = EXCLUDED.referral_source,
                    referrer_name = EXCLUDED.referrer_name, referrer_role = EXCLUDED.referrer_role,
                    referrer_organisation = EXCLUDED.referrer_organisation, referrer_phone = EXCLUDED.referrer_phone,
                    referrer_email = EXCLUDED.referrer_email, family = EXCLUDED.family, worry = EXCLUDED.worry,
                    child_said = EXCLUDED.child_said, tried = EXCLUDED.tried, factors = EXCLUDED.factors,
                    urgency = EXCLUDED.urgency, consent = EXCLUDED.consent, consent_reason = EXCLUDED.consent_reason,
                    consent_overridden_by = EXCLUDED.consent_overridden_by, version = contact.version + 1""")
                .paramSource(new MapSqlParameterSource().addValue("id", id).addValue("channel", d.channel())
                        .addValue("source", d.referralSource()).addValue("user", by.id())
                        .addValue("name", d.referrerName()).addValue("role", d.referrerRole())
                        .addValue("org", d.referrerOrganisation()).addValue("phone", d.referrerPhone())
                        .addValue("email", d.referrerEmail()).addValue("family", d.family())
                        .addValue("worry", d.worry()).addValue("childSaid", d.childSaid()).addValue("tried", d.tried())
                        .addValue("factors", d.factors() == null ? new String[0] : d.factors().toArray(String[]::new))
                        .addValue("urgency", d.urgency()).addValue("consent", d.consent() == null ? null : d.consent().name())
                        .addValue("consentReason", d.consentReason()).addValue("overriddenBy", d.consentOverriddenBy())
                        .addValue("now", Timestamp.from(clock.instant())))
                .update();
        int position = 0;
        for (ReferralDetails.ChildDescribed child : d.children()) {
            if (child.isBlank()) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO contact_child (contact_id, position, forenames, surname, date_of_birth, address, postcode)
                    VALUES (:c, :pos, :f, :s, :dob, :address, :postcode)""")
                    .param("c", id).param("pos", position++).param("f", nullToEmpty(child.forenames()))
                    .param("s", nullToEmpty(child.surname())).param("dob", child.dateOfBirth())
                    .param("address", child.address()).param("postcode", child.postcode()).update();
        }
        return id;
    }

    /** How access relationships and chronology entries refer back to a contact. */
    public static String source(ContactId contactId) {
        return "contact:" + contactId;
    }

    private static String describeReferrer(ContactView c) {
        return c.referrerOrganisation() != null && !c.referrerOrganisation().isBlank() ? c.referrerOrganisation()
                : c.referrerName();
    }

    static String excerpt(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return clean.length() <= 160 ? clean : clean.substring(0, 157) + "...";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
