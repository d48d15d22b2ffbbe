package hearth.frontdoor;

import hearth.access.RestrictionFilter;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads contacts: one in full, the hub's queue, a partner organisation's referrals and their outcomes. */
@Service
public class ContactQueries {

    private static final String SELECT = "SELECT c.* FROM contact c ";
    /** Overdue before due, then red before amber before green; a contact without a deadline last. */
    private static final Comparator<ContactView> MOST_URGENT = Comparator.comparing(ContactView::dueAt,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ContactView::priority,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final JdbcClient jdbc;
    private final Staff staff;
    private final RestrictionFilter restrictions;
    private final ContactClocks clocks;

    ContactQueries(JdbcClient jdbc, Staff staff, RestrictionFilter restrictions, ContactClocks clocks) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.restrictions = restrictions;
        this.clocks = clocks;
    }

    /**
     * Contacts recorded out of hours whose handover to the day team is open or was due since
     * {@code since}: the night's calls, each with its handover clock, the soonest due first.
     */
    public List<Handover> outOfHoursSince(Instant since, StaffMember viewer) {
        Map<UUID, hearth.timeliness.Clocks.Due> handovers = new HashMap<>();
        clocks.handoversSince(since).forEach(due -> handovers.put(due.subject().id(), due));
        if (handovers.isEmpty()) {
            return List.of();
        }
        return shownTo(viewer, "Out-of-hours calls", complete(jdbc.sql(SELECT + " WHERE c.id IN (:ids)")
                .param("ids", handovers.keySet()).query(ContactQueries::row).list())).stream()
                .map(c -> new Handover(c, handovers.get(c.id().value())))
                .sorted(Comparator.comparing(h -> h.due().dueAt())).toList();
    }

    /** A contact recorded out of hours and the clock of its handover to the day team. */
    public record Handover(ContactView contact, hearth.timeliness.Clocks.Due due) {
    }

    public Optional<ContactView> find(ContactId id) {
        return complete(jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ContactQueries::row).list())
                .stream().findFirst();
    }

    /** What the practitioner proposed and why the hub manager changed it, for a decision changed at authorisation. */
    public Optional<AuthorisationChange> authorisationChange(ContactId id) {
        return jdbc.sql("""
                SELECT proposed_level, proposed_outcome, authorisation_change FROM contact
                WHERE id = :id AND proposed_level IS NOT NULL""").param("id", id)
                .query((rs, n) -> new AuthorisationChange(ThresholdLevel.of(rs.getInt("proposed_level")),
                        Outcome.valueOf(rs.getString("proposed_outcome")), rs.getString("authorisation_change")))
                .optional();
    }

    public record AuthorisationChange(ThresholdLevel proposedLevel, Outcome proposedOutcome, String reason) {
    }

    /** One contact as this user may see it: a child matched to a restricted record not naming them is a placeholder. */
    public Optional<ContactView> find(ContactId id, StaffMember viewer) {
        return find(id).map(contact -> shownTo(viewer, "Contact", List.of(contact)).get(0));
    }

    /**
     * Open contacts, the most urgent first: overdue before due, red before amber before green. A
     * contact about a restricted child stays, since the hub must work it, with the child as a placeholder.
     */
    public List<ContactView> queue(QueueFilter filter, StaffMember viewer) {
        return shownTo(viewer, "Front door queue", queue(filter).stream().sorted(MOST_URGENT).toList());
    }

    /**
     * Red contacts, then the longest waiting: every deadline runs from receipt and red is the
     * shortest, so the 500 read are the most urgent; {@link #MOST_URGENT} then orders them by due time.
     */
    private List<ContactView> queue(QueueFilter filter) {
        return complete(jdbc.sql(SELECT + """
                WHERE c.status IN ('RECEIVED', 'AWAITING_AUTHORISATION')
                  AND (CAST(:priority AS text) IS NULL OR c.priority = :priority)
                  AND (CAST(:channel AS text) IS NULL OR c.channel = :channel)
                  AND (CAST(:source AS text) IS NULL OR c.referral_source = :source)
                  AND (CAST(:receivedBefore AS timestamptz) IS NULL OR c.received_at < :receivedBefore)
                  AND (CAST(:assignedTo AS uuid) IS NULL OR c.assigned_to = :assignedTo)
                  AND (CAST(:status AS text) IS NULL OR c.status = :status)
                ORDER BY c.priority = 'RED' DESC, c.received_at LIMIT 500""")
                .param("priority", filter.priority() == null ? null : filter.priority().name())
                .param("channel", filter.channel()).param("source", filter.source())
                .param("receivedBefore", filter.receivedBefore() == null ? null : Timestamp.from(filter.receivedBefore()))
                .param("assignedTo", filter.assignedTo())
                .param("status", filter.status() == null ? null : filter.status().name())
                .query(ContactQueries::row).list());
    }

    /** Referrals made by an organisation: a school's safeguarding leads see the school's. */
    public List<ContactView> madeBy(String organisation, StaffMember viewer) {
        return shownTo(viewer, "Referrals made", complete(jdbc.sql(SELECT + " WHERE c.referrer_organisation = :org ORDER BY c.created_at DESC LIMIT 200")
                .param("org", organisation).query(ContactQueries::row).list()));
    }

    /**
     * Other contacts in the last 12 months about the same family: the same matched child, a
     * child of the same surname at the same postcode, or another notification of the same
     * police incident. Police notifications about one family are read together this way.
     */
    public List<ContactView> aboutTheSameFamily(ContactId contactId, StaffMember viewer) {
        return shownTo(viewer, "Other contacts about the same family", complete(jdbc.sql(SELECT + """
                WHERE c.id <> :id AND c.status <> 'DRAFT' AND c.received_at >= now() - interval '12 months'
                  AND (EXISTS (SELECT 1 FROM contact_child theirs JOIN contact_child mine ON mine.contact_id = :id
                              WHERE theirs.contact_id = c.id
                                AND ((mine.person_id IS NOT NULL AND mine.person_id = theirs.person_id)
                                  OR (lower(mine.surname) = lower(theirs.surname)
                                      AND upper(replace(mine.postcode, ' ', '')) = upper(replace(theirs.postcode, ' ', '')))))
                    OR EXISTS (SELECT 1 FROM police_notification theirs JOIN police_notification mine
                                 ON mine.contact_id = :id AND mine.force = theirs.force
                                AND mine.incident_ref = theirs.incident_ref
                              WHERE theirs.contact_id = c.id))
                ORDER BY c.received_at DESC LIMIT 20""")
                .param("id", contactId).query(ContactQueries::row).list()));
    }

    /** How many contacts from each source led to something more than advice. */
    /**
     * Whether the latest referral about a child fails to record consent properly (given, or
     * not sought or overridden with the reason). False when there is no referral at all.
     */
    /** The children among these whose latest referral has no consent recorded, or no reason where one is needed. */
    public Set<PersonId> consentMissingAmong(Collection<PersonId> children) {
        return children.isEmpty() ? Set.of() : jdbc.sql("""
                SELECT DISTINCT ON (cc.person_id) cc.person_id, c.consent, c.consent_reason
                FROM contact c JOIN contact_child cc ON cc.contact_id = c.id
                WHERE cc.person_id IN (:p) AND c.status <> 'DRAFT' ORDER BY cc.person_id, c.received_at DESC""")
                .param("p", children)
                .query((rs, n) -> rs.getString(2) == null || Consent.valueOf(rs.getString(2)).needsReason()
                        && (rs.getString(3) == null || rs.getString(3).isBlank()) ? new PersonId(rs.getObject(1, UUID.class)) : null)
                .list().stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public List<Conversion> conversionBySource(LocalDate since) {
        return conversion("coalesce(c.referral_source, 'Unknown')", since);
    }

    /** The same by how contacts came in (form, phone, police notification...). */
    public List<Conversion> conversionByChannel(LocalDate since) {
        return conversion("c.channel", since);
    }

    /** Police notifications by the kind of incident, to show forces which ones lead anywhere. */
    public List<Conversion> conversionByIncidentType(LocalDate since) {
        return conversion("(SELECT n.incident_type FROM police_notification n WHERE n.contact_id = c.id)", since)
                .stream().filter(row -> row.source() != null).toList();
    }

    /** @param groupBy one of the fixed expressions above, never user input */
    private List<Conversion> conversion(String groupBy, LocalDate since) {
        return jdbc.sql("""
                SELECT %s AS source, count(*) AS contacts,
                       count(*) FILTER (WHERE c.outcome IN ('ASSESSMENT', 'STRATEGY_DISCUSSION')) AS referrals,
                       count(*) FILTER (WHERE c.outcome = 'EARLY_HELP') AS early_help
                FROM contact c WHERE c.status = 'DECIDED' AND c.received_at >= :since
                GROUP BY 1 ORDER BY 2 DESC""".formatted(groupBy))
                .param("since", Timestamp.from(since.atStartOfDay(hearth.timeliness.WorkingCalendar.LONDON).toInstant()))
                .query(Conversion.class).list();
    }

    private List<ContactView> shownTo(StaffMember viewer, String list, List<ContactView> contacts) {
        RestrictionFilter.Visibility visibility = restrictions.check(viewer, list, contacts.stream()
                .flatMap(c -> c.children().stream()).map(ContactView.Child::personId).toList());
        return contacts.stream().map(c -> visibility.hidesAny(c.children().stream().map(ContactView.Child::personId)
                .toList()) ? c.withChildren(c.children().stream()
                .map(child -> visibility.hides(child.personId()) ? child.asRestricted() : child).toList()) : c).toList();
    }

    /**
     * Adds the children (one query for all the contacts) and the names of the staff involved,
     * which the access module knows (all of them in one look-up).
     */
    private List<ContactView> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ContactId, List<ContactView.Child>> children = new HashMap<>();
        jdbc.sql("""
                SELECT contact_id, position, forenames, surname, date_of_birth, address, postcode, person_id
                FROM contact_child WHERE contact_id IN (:ids) ORDER BY contact_id, position""")
                .param("ids", rows.stream().map(r -> r.contact().id()).toList())
                .query((rs, n) -> Map.entry(new ContactId(rs.getObject("contact_id", UUID.class)), new ContactView.Child(
                        rs.getInt("position"), rs.getString("forenames"), rs.getString("surname"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("address"),
                        rs.getString("postcode"), PersonId.ofNullable(rs.getObject("person_id", UUID.class)), false)))
                .list().forEach(e -> children.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, StaffMember> staffNamed = staff.findAll(rows.stream()
                .flatMap(r -> Stream.of(r.contact().assignedTo(), r.decidedBy(), r.authorisedBy())).toList());
        Map<ContactId, ContactClocks.Deadlines> deadlines = clocks.of(rows.stream().map(r -> r.contact().id()).toList());
        return rows.stream().map(row -> withChildrenAndNames(row, children.getOrDefault(row.contact().id(), List.of()),
                deadlines.getOrDefault(row.contact().id(), ContactClocks.Deadlines.NONE),
                id -> id == null || !staffNamed.containsKey(id) ? null : staffNamed.get(id).displayName())).toList();
    }

    /** The contact with its children, its deadlines from its clocks and the names of the staff involved. */
    private static ContactView withChildrenAndNames(Row row, List<ContactView.Child> children,
                                                    ContactClocks.Deadlines due,
                                                    java.util.function.Function<UUID, String> name) {
        ContactView c = row.contact();
        return new ContactView(c.id(), c.status(), c.channel(), c.referralSource(), c.referrerName(), c.referrerRole(),
                c.referrerOrganisation(), c.referrerPhone(), c.referrerEmail(), c.family(), c.worry(), c.childSaid(),
                c.tried(), c.factors(), c.urgency(), c.consent(), c.consentReason(), c.consentOverriddenBy(),
                c.priority(), c.receivedAt(), due.priorityDue(), due.decisionDue(), due.handoverDue(), c.assignedTo(),
                name.apply(c.assignedTo()), c.thresholdLevel(), c.rationale(), c.outcome(), name.apply(row.decidedBy()),
                c.decidedAt(), name.apply(row.authorisedBy()), c.authorisedAt(), c.version(), children);
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Array factors = rs.getArray("factors");
        return new Row(new ContactView(new ContactId(rs.getObject("id", UUID.class)), ContactStatus.valueOf(rs.getString("status")),
                rs.getString("channel"),
                rs.getString("referral_source"), rs.getString("referrer_name"), rs.getString("referrer_role"),
                rs.getString("referrer_organisation"), rs.getString("referrer_phone"), rs.getString("referrer_email"),
                rs.getString("family"), rs.getString("worry"), rs.getString("child_said"), rs.getString("tried"),
                Arrays.asList((String[]) factors.getArray()), rs.getString("urgency"),
                enumOf(Consent.class, rs.getString("consent")), rs.getString("consent_reason"),
                rs.getString("consent_overridden_by"), enumOf(Priority.class, rs.getString("priority")),
                instant(rs, "received_at"), null, null, null,
                rs.getObject("assigned_to", UUID.class), null,
                (Integer) rs.getObject("threshold_level"), rs.getString("rationale"),
                enumOf(Outcome.class, rs.getString("outcome")), null, instant(rs, "decided_at"), null,
                instant(rs, "authorised_at"), rs.getInt("version"), List.of()),
                rs.getObject("decided_by", UUID.class), rs.getObject("authorised_by", UUID.class));
    }

    private record Row(ContactView contact, UUID decidedBy, UUID authorisedBy) {
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** @param status one open status (screening, or awaiting authorisation), or null for both */
    public record QueueFilter(Priority priority, String channel, String source, Instant receivedBefore,
                              UUID assignedTo, ContactStatus status) {

        public QueueFilter(Priority priority, String channel, String source, Instant receivedBefore,
                           UUID assignedTo) {
            this(priority, channel, source, receivedBefore, assignedTo, null);
        }

        /** The decisions a hub manager must authorise. */
        public static QueueFilter awaitingAuthorisation() {
            return new QueueFilter(null, null, null, null, null, ContactStatus.AWAITING_AUTHORISATION);
        }

        public static QueueFilter assignedTo(UUID staffId) {
            return new QueueFilter(null, null, null, null, staffId, null);
        }

        public static QueueFilter all() {
            return new QueueFilter(null, null, null, null, null);
        }
    }

    public record Conversion(String source, long contacts, long referrals, long earlyHelp) {

        public double referralRate() {
            return contacts == 0 ? 0 : Math.round(1000.0 * referrals / contacts) / 10.0;
        }
    }
}
