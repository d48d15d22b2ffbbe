package hearth.childprotection;

import static hearth.platform.Text.blank;
import static hearth.platform.Text.blankToNull;

import hearth.access.ChildRelationshipStarted;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.planning.Plans;
import hearth.platform.ConcurrentEdit;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.LatestChange;
import hearth.platform.London;
import hearth.platform.PersonId;
import hearth.platform.TextLimit;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child protection pathway: strategy discussion, section 47 enquiry and the initial
 * conference, each dated, on the chronology, and on the clock (the conference within 15
 * working days of the strategy discussion that started the enquiry).
 */
@Service
public class ChildProtection {

    public static final List<String> AGENCIES = List.of("SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION", "OTHER");

    private static final String ENQUIRY = """
            SELECT s.id, s.person_id, s.joint_with_police, s.started_on, s.ended_on, s.outcome, s.status, s.version,
                   (sd.held_at AT TIME ZONE :zone)::date AS strategy_discussion_on,
                   c.held_on AS conference_on, c.category
            FROM section47_enquiry s JOIN strategy_discussion sd ON sd.id = s.strategy_discussion_id
            LEFT JOIN initial_conference c ON c.section47_id = s.id
            """;

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final Chronology chronology;
    private final Plans plans;
    private final Staff staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChildProtection(JdbcClient jdbc, Clocks clocks, Chronology chronology, Plans plans, Staff staff, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.chronology = chronology;
        this.plans = plans;
        this.clock = clock;
    }

    /** A strategy discussion recorded without a form (the demo). */
    @Transactional
    public UUID recordStrategyDiscussion(PersonId childId, StrategyDiscussion discussion, StaffMember by) {
        return recordStrategyDiscussion(childId, discussion, by, UUID.randomUUID());
    }

    /** Records the discussion once for its form: the same form posted again gives back the discussion already made. */
    @Transactional
    public UUID recordStrategyDiscussion(PersonId childId, StrategyDiscussion discussion, StaffMember by,
                                         UUID formToken) {
        Optional<UUID> made = FormToken.recordMade(jdbc, "strategy_discussion", formToken);
        if (made.isPresent()) {
            return made.get();
        }
        InvalidInput.Errors errors = new InvalidInput.Errors();
        discussion.check(clock.instant(), errors);
        errors.throwIfAny();
        Instant heldAt = discussion.heldAt();
        Set<String> agencies = discussion.agencies();
        StrategyDecision decision = discussion.decision();
        UUID id = UUID.randomUUID();
        if (jdbc.sql("""
                INSERT INTO strategy_discussion (id, person_id, held_at, agencies, chair, shared, decision, actions,
                    recorded_by, recorded_at, form_token) VALUES (:id, :p, :at, :agencies, :chair, :shared, :decision,
                    :actions, :by, :now, :token) ON CONFLICT (form_token) DO NOTHING""")
                .param("id", id).param("p", childId).param("at", Timestamp.from(heldAt))
                .param("agencies", agencies.toArray(String[]::new)).param("chair", discussion.chair().strip())
                .param("shared", discussion.shared().strip())
                .param("decision", decision.name()).param("actions", discussion.actions()).param("by", by.id())
                .param("now", Timestamp.from(clock.instant())).param("token", formToken).update() == 0) {
            return FormToken.recordMade(jdbc, "strategy_discussion", formToken).orElseThrow();
        }
        recordParticipants(id, discussion.named());
        clocks.complete(ClockKind.STRATEGY_DISCUSSION, ClockSubject.child(childId), heldAt);
        LocalDate day = heldAt.atZone(WorkingCalendar.LONDON).toLocalDate();
        String missing = missingAgencies(agencies);
        chronology.record(childId, day, "Strategy discussion", decision.label() + (missing.isEmpty() ? ""
                : ". Held without " + missing), by, "strategy:" + id);
        if (decision.startsEnquiry()) {
            startEnquiry(childId, id, decision == StrategyDecision.S47_JOINT, heldAt, day, by);
        }
        return id;
    }

    private void recordParticipants(UUID discussionId, List<StrategyDiscussion.Participant> participants) {
        for (int position = 0; position < participants.size(); position++) {
            StrategyDiscussion.Participant p = participants.get(position);
            jdbc.sql("""
                    INSERT INTO strategy_discussion_participant (discussion_id, position, name, agency, role)
                    VALUES (:d, :position, :name, :agency, :role)""")
                    .param("d", discussionId).param("position", position).param("name", p.name().strip())
                    .param("agency", p.agency()).param("role", blankToNull(p.role())).update();
        }
    }

    private void startEnquiry(PersonId childId, UUID discussionId, boolean joint, Instant heldAt, LocalDate day,
                              StaffMember by) {
        EnquiryId enquiry = new EnquiryId(UUID.randomUUID());
        jdbc.sql("""
                INSERT INTO section47_enquiry (id, person_id, strategy_discussion_id, joint_with_police, started_on)
                VALUES (:id, :p, :sd, :joint, :on)""")
                .param("id", enquiry).param("p", childId).param("sd", discussionId).param("joint", joint)
                .param("on", day).update();
        clocks.start(childId, ClockKind.INITIAL_CONFERENCE, ClockSubject.enquiry(enquiry), heldAt);
        chronology.record(childId, day, "Section 47 enquiry started", joint ? "Joint with police" : "Social care only",
                by, "section47:" + enquiry);
    }

    /** Concludes the enquiry as it is now (the demo, which has no form open). */
    @Transactional
    public void concludeEnquiry(EnquiryId enquiryId, LocalDate endedOn, String outcome, StaffMember by) {
        concludeEnquiry(enquiryId, enquiry(enquiryId).version(), endedOn, outcome, by);
    }

    /**
     * Concludes the enquiry the user saw at {@code version}. The guarded UPDATE comes first, so
     * a second conclusion (another user, or the same form posted again) writes nothing: no
     * second chronology entry, and the conference clock is not cancelled by it.
     */
    @Transactional
    public void concludeEnquiry(EnquiryId enquiryId, int version, LocalDate endedOn, String outcome, StaffMember by) {
        Enquiry enquiry = opened(enquiryId, version);
        EnquiryOutcome concluded = EnquiryOutcome.parse(outcome);
        enquiry.conclude(endedOn, concluded);
        move(enquiry, "status = 'CONCLUDED', ended_on = :on, outcome = :outcome", "status = 'OPEN'",
                Map.of("on", endedOn, "outcome", concluded.name()), by);
        if (concluded != EnquiryOutcome.INITIAL_CONFERENCE) {
            clocks.cancel(ClockKind.INITIAL_CONFERENCE, ClockSubject.enquiry(enquiryId));
        }
        chronology.record(enquiry.personId(), endedOn, "Section 47 enquiry concluded",
                concluded.name().replace('_', ' ').toLowerCase(), by, "section47:" + enquiryId);
    }

    /** Records the conference as the enquiry is now (the demo, which has no form open). */
    @Transactional
    public void recordInitialConference(EnquiryId enquiryId, LocalDate heldOn, UUID chairId, String attendees,
                                        String category, String delayReason, String delayAgreedBy, StaffMember by) {
        recordInitialConference(enquiryId, enquiry(enquiryId).version(), new Conference(heldOn, chairId, attendees,
                category, delayReason, delayAgreedBy), by, UUID.randomUUID());
    }

    /**
     * Records the enquiry's one initial conference, from a form opened at {@code version}. The
     * same form posted again gives back the conference already made; another user's conference
     * first makes this one a lost race. The enquiry's guarded UPDATE comes before the conference,
     * its clock, chronology and plan.
     */
    @Transactional
    public UUID recordInitialConference(EnquiryId enquiryId, int version, Conference conference, StaffMember by,
                                        UUID formToken) {
        Optional<UUID> made = FormToken.recordMade(jdbc, "initial_conference", formToken);
        if (made.isPresent()) {
            return made.get();
        }
        Enquiry enquiry = opened(enquiryId, version);
        Instant due = clocks.dueAt(ClockKind.INITIAL_CONFERENCE, ClockSubject.enquiry(enquiryId)).orElse(null);
        Optional<StaffMember> chair = chair(conference.chairId());
        enquiry.holdConference(conference, chair.isPresent(), due);
        try {
            move(enquiry, "status = status", "(status = 'OPEN' OR outcome = 'INITIAL_CONFERENCE')"
                    + " AND NOT EXISTS (SELECT 1 FROM initial_conference c WHERE c.section47_id = section47_enquiry.id)",
                    Map.of(), by);
        } catch (ConcurrentEdit lost) {
            return FormToken.recordMade(jdbc, "initial_conference", formToken).orElseThrow(() -> lost);
        }
        LocalDate heldOn = conference.heldOn();
        String category = conference.category();
        boolean plan = !blank(category);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO initial_conference (id, person_id, section47_id, held_on, chair, chair_id, attendees, plan,
                    category, delay_reason, delay_agreed_by, recorded_by, form_token)
                VALUES (:id, :p, :s, :on, :chair, :chairId, :attendees, :plan, :category, :delay, :agreed, :by,
                    :token)""")
                .param("id", id).param("p", enquiry.personId()).param("s", enquiryId).param("on", heldOn)
                .param("chair", chair.orElseThrow().displayName()).param("chairId", conference.chairId())
                .param("attendees", conference.attendees())
                .param("plan", plan).param("category", plan ? category : null)
                .param("delay", conference.delayReason()).param("agreed", conference.delayAgreedBy())
                .param("by", by.id()).param("token", formToken).update();
        clocks.complete(ClockKind.INITIAL_CONFERENCE, ClockSubject.enquiry(enquiryId),
                heldOn.atTime(12, 0).atZone(WorkingCalendar.LONDON).toInstant());
        chronology.record(enquiry.personId(), heldOn, "Initial child protection conference", plan
                ? "Child protection plan: " + Plans.CATEGORIES.get(category).toLowerCase() : "No child protection plan", by,
                "section47:" + enquiryId);
        if (plan) {
            plans.startChildProtectionPlan(enquiry.personId(), heldOn, category, by);
        }
        events.publishEvent(new ChildRelationshipStarted(enquiry.personId().value(),
                ChildRelationshipStarted.Kind.CONFERENCE_CHAIR,
                conference.chairId(), null, "conference:" + id, clock.instant()));
        return id;
    }

    /** The users who may chair a conference, by name: the form's choice of chair. */
    public List<Chair> chairs() {
        return staff.withRole(Role.CHILD_PROTECTION_CHAIR).stream().map(c -> new Chair(c.id(), c.displayName())).toList();
    }

    /** A chair is a user whose role is to chair conferences; anyone else, or nobody, is no chair. */
    private Optional<StaffMember> chair(UUID chairId) {
        return chairId == null ? Optional.empty()
                : staff.find(chairId).filter(member -> member.role() == Role.CHILD_PROTECTION_CHAIR);
    }

    public record Chair(UUID id, String displayName) {
    }

    /** The enquiry as the user opened it at {@code version}; a later version means someone else moved it. */
    private Enquiry opened(EnquiryId enquiryId, int version) {
        Enquiry enquiry = enquiry(enquiryId);
        if (enquiry.version() != version) {
            throw lost(enquiryId);
        }
        return enquiry;
    }

    /** The one guarded UPDATE of an enquiry's transitions: it names the version the user saw and the state it needs. */
    private void move(Enquiry enquiry, String set, String expected, Map<String, Object> values, StaffMember by) {
        ConcurrentEdit.unlessOneRow(jdbc.sql("UPDATE section47_enquiry SET " + set + """
                , changed_by = :by, changed_at = :at, version = version + 1
                WHERE id = :id AND version = :version AND """ + " " + expected)
                .params(values).param("by", by.id()).param("at", Timestamp.from(clock.instant()))
                .param("id", enquiry.id()).param("version", enquiry.version()).update(), () -> lost(enquiry.id()));
    }

    private ConcurrentEdit lost(EnquiryId enquiryId) {
        return LatestChange.lost(jdbc, "This section 47 enquiry", "section47_enquiry",
                "CASE WHEN EXISTS (SELECT 1 FROM initial_conference c WHERE c.section47_id = section47_enquiry.id)"
                        + " THEN 'CONFERENCE_HELD' ELSE status END", enquiryId,
                code -> "CONFERENCE_HELD".equals(code) ? Enquiry.ConferenceStatus.HELD.label()
                        : Enquiry.Status.valueOf(code).label(),
                staff::nameOf);
    }

    public Pathway pathway(PersonId childId) {
        List<Discussion> discussions = jdbc.sql("""
                SELECT id, held_at, agencies, chair, shared, decision, actions FROM strategy_discussion
                WHERE person_id = :p ORDER BY held_at DESC""").param("p", childId)
                .query((rs, n) -> new Discussion(rs.getObject("id", UUID.class), rs.getTimestamp("held_at").toInstant(),
                        List.of((String[]) rs.getArray("agencies").getArray()), rs.getString("chair"),
                        participants(rs.getObject("id", UUID.class)), rs.getString("shared"),
                        StrategyDecision.valueOf(rs.getString("decision")), rs.getString("actions"))).list();
        List<Enquiry> enquiries = jdbc.sql(ENQUIRY + " WHERE s.person_id = :p ORDER BY s.started_on DESC")
                .param("p", childId).param("zone", London.ZONE.getId()).query(Enquiry.class).list();
        return new Pathway(discussions, enquiries);
    }

    private List<StrategyDiscussion.Participant> participants(UUID discussionId) {
        return jdbc.sql("""
                SELECT name, agency, role FROM strategy_discussion_participant WHERE discussion_id = :d
                ORDER BY position""").param("d", discussionId).query(StrategyDiscussion.Participant.class).list();
    }

    /** Strategy discussions held since {@code since}, and how many went ahead without police or health. */
    public DiscussionFigures discussionFigures(Instant since) {
        return jdbc.sql("""
                SELECT count(*) AS held,
                       count(*) FILTER (WHERE NOT 'POLICE' = ANY (agencies)) AS without_police,
                       count(*) FILTER (WHERE NOT 'HEALTH' = ANY (agencies)) AS without_health
                FROM strategy_discussion WHERE held_at >= :since""")
                .param("since", Timestamp.from(since)).query(DiscussionFigures.class).single();
    }

    private Enquiry enquiry(EnquiryId id) {
        return jdbc.sql(ENQUIRY + " WHERE s.id = :id")
                .param("id", id).param("zone", London.ZONE.getId()).query(Enquiry.class).optional()
                .orElseThrow(() -> InvalidInput.of("enquiry", "No such section 47 enquiry"));
    }

    static String missingAgencies(Set<String> agencies) {
        return String.join(" and ", List.of("POLICE", "HEALTH").stream().filter(a -> !agencies.contains(a))
                .map(String::toLowerCase).toList());
    }

    public record DiscussionFigures(long held, long withoutPolice, long withoutHealth) {
    }

    public record Pathway(List<Discussion> discussions, List<Enquiry> enquiries) {
    }

    /** A recorded discussion; one recorded before chairs and participants were asked has neither. */
    public record Discussion(UUID id, Instant heldAt, List<String> agencies, String chair,
                             List<StrategyDiscussion.Participant> participants, String shared, StrategyDecision decision,
                             String actions) {

        public String agencyLabel(String agency) {
            return agency.charAt(0) + agency.substring(1).toLowerCase().replace('_', ' ');
        }

        public String agencyLabels() {
            return String.join(", ", agencies.stream().map(this::agencyLabel).toList());
        }

        /** Police and health are expected at every strategy discussion. */
        public String missing() {
            return missingAgencies(Set.copyOf(agencies));
        }

        public java.time.ZonedDateTime heldLocal() {
            return heldAt.atZone(WorkingCalendar.LONDON);
        }
    }

    /** What an initial conference decided, as recorded. */
    public record Conference(LocalDate heldOn, UUID chairId, String attendees, String category, String delayReason,
                             String delayAgreedBy) {
    }

    /**
     * A section 47 enquiry: open until it concludes; its initial conference is held once, while
     * it is open or after it concluded that a conference is needed. Each transition checks its
     * rule here; {@link ChildProtection} stores it with a guarded UPDATE.
     */
    public record Enquiry(EnquiryId id, PersonId personId, boolean jointWithPolice, LocalDate startedOn, LocalDate endedOn,
                          EnquiryOutcome outcome, Status status, int version, LocalDate strategyDiscussionOn,
                          LocalDate conferenceOn, String category) {

        public enum Status implements Labelled {
            OPEN, CONCLUDED;
        }

        public boolean open() {
            return status == Status.OPEN;
        }

        /** @return the category of abuse in words ("Emotional abuse"), as the plans show it, or null for none */
        public String categoryLabel() {
            return category == null ? null : Plans.CATEGORIES.get(category);
        }

        /** Where the enquiry's initial conference is: to come while the enquiry is open or concluded for one. */
        public enum ConferenceStatus implements Labelled {
            NOT_NEEDED, DUE, HELD;
        }

        public ConferenceStatus conferenceStatus() {
            if (conferenceOn != null) {
                return ConferenceStatus.HELD;
            }
            return open() || outcome == EnquiryOutcome.INITIAL_CONFERENCE ? ConferenceStatus.DUE
                    : ConferenceStatus.NOT_NEEDED;
        }

        public boolean awaitsConference() {
            return conferenceStatus() == ConferenceStatus.DUE;
        }

        void conclude(LocalDate on, EnquiryOutcome concluded) {
            if (!open()) {
                throw InvalidInput.of("endedOn", "This enquiry has already concluded");
            }
            if (on == null || on.isBefore(startedOn)) {
                throw InvalidInput.of("endedOn", "The enquiry cannot end before it started");
            }
            if (concluded == null) {
                throw InvalidInput.of("outcome", "Select the outcome of the enquiry");
            }
        }

        /** A conference is held once, not before the strategy discussion, and a late one says why and who agreed. */
        void holdConference(Conference c, boolean chaired, Instant due) {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            if (!awaitsConference()) {
                errors.add("conferenceOn", "This enquiry is not waiting for an initial conference");
            }
            if (c.heldOn() == null || c.heldOn().isBefore(strategyDiscussionOn)) {
                errors.add("heldOn", "A conference cannot be held before the strategy discussion that started the enquiry");
            }
            if (!chaired) {
                errors.add("chairId", "Select the chair of the conference");
            }
            if (!blank(c.category()) && !Plans.CATEGORIES.containsKey(c.category())) {
                errors.add("category", "Select a category of abuse");
            }
            boolean late = due != null && c.heldOn() != null
                    && c.heldOn().atStartOfDay(WorkingCalendar.LONDON).toInstant().isAfter(due);
            if (late && (blank(c.delayReason()) || blank(c.delayAgreedBy()))) {
                errors.add("delayReason", "The conference is later than 15 working days: record why and who agreed");
            }
            errors.throwIfAny();
        }
    }
}
