package hearth.childprotection;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.planning.Plans;
import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
            SELECT s.id, s.person_id, s.joint_with_police, s.started_on, s.ended_on, s.outcome,
                   (sd.held_at AT TIME ZONE 'Europe/London')::date AS strategy_discussion_on,
                   c.held_on AS conference_on, c.category
            FROM section47_enquiry s JOIN strategy_discussion sd ON sd.id = s.strategy_discussion_id
            LEFT JOIN initial_conference c ON c.section47_id = s.id
            """;

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final Chronology chronology;
    private final Plans plans;
    private final Clock clock;

    ChildProtection(JdbcClient jdbc, Clocks clocks, Chronology chronology, Plans plans, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.chronology = chronology;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public UUID recordStrategyDiscussion(UUID childId, Instant heldAt, Set<String> agencies, String shared,
                                         StrategyDecision decision, String actions, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (heldAt == null) {
            errors.add("heldOn", "Enter when the discussion was held");
        } else if (heldAt.isAfter(clock.instant())) {
            errors.add("heldOn", "A strategy discussion cannot be recorded before it is held");
        }
        if (agencies == null || !AGENCIES.containsAll(agencies) || agencies.size() < 2) {
            errors.add("agencies", "Select the agencies that took part: a strategy discussion needs more than one");
        }
        if (shared == null || shared.isBlank()) {
            errors.add("shared", "Record what was shared");
        }
        if (decision == null) {
            errors.add("decision", "Select what was decided");
        }
        TextLimit.check(errors, "shared", "What was shared", shared, TextLimit.NARRATIVE);
        TextLimit.check(errors, "actions", "The actions", actions, TextLimit.NARRATIVE);
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO strategy_discussion (id, person_id, held_at, agencies, shared, decision, actions, recorded_by,
                    recorded_at) VALUES (:id, :p, :at, :agencies, :shared, :decision, :actions, :by, :now)""")
                .param("id", id).param("p", childId).param("at", Timestamp.from(heldAt))
                .param("agencies", agencies.toArray(String[]::new)).param("shared", shared.strip())
                .param("decision", decision.name()).param("actions", actions).param("by", by.id())
                .param("now", Timestamp.from(clock.instant())).update();
        clocks.complete(ClockKind.STRATEGY_DISCUSSION, "child:" + childId, heldAt);
        LocalDate day = heldAt.atZone(WorkingCalendar.LONDON).toLocalDate();
        String missing = missingAgencies(agencies);
        chronology.record(childId, day, "Strategy discussion", decision.label() + (missing.isEmpty() ? ""
                : ". Held without " + missing), by, "strategy:" + id);
        if (decision.startsEnquiry()) {
            startEnquiry(childId, id, decision == StrategyDecision.S47_JOINT, heldAt, day, by);
        }
        return id;
    }

    private void startEnquiry(UUID childId, UUID discussionId, boolean joint, Instant heldAt, LocalDate day,
                              StaffMember by) {
        UUID enquiry = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO section47_enquiry (id, person_id, strategy_discussion_id, joint_with_police, started_on)
                VALUES (:id, :p, :sd, :joint, :on)""")
                .param("id", enquiry).param("p", childId).param("sd", discussionId).param("joint", joint)
                .param("on", day).update();
        clocks.start(childId, ClockKind.INITIAL_CONFERENCE, "section47:" + enquiry, heldAt);
        chronology.record(childId, day, "Section 47 enquiry started", joint ? "Joint with police" : "Social care only",
                by, "section47:" + enquiry);
    }

    @Transactional
    public void concludeEnquiry(UUID enquiryId, LocalDate endedOn, String outcome, StaffMember by) {
        Enquiry enquiry = enquiry(enquiryId);
        if (endedOn == null || endedOn.isBefore(enquiry.startedOn())) {
            throw InvalidInput.of("endedOn", "The enquiry cannot end before it started");
        }
        if (!List.of("NOT_SUBSTANTIATED", "SUBSTANTIATED_NO_CONFERENCE", "INITIAL_CONFERENCE").contains(outcome)) {
            throw InvalidInput.of("outcome", "Select the outcome of the enquiry");
        }
        jdbc.sql("UPDATE section47_enquiry SET ended_on = :on, outcome = :outcome WHERE id = :id AND ended_on IS NULL")
                .param("on", endedOn).param("outcome", outcome).param("id", enquiryId).update();
        if (!"INITIAL_CONFERENCE".equals(outcome)) {
            clocks.cancel(ClockKind.INITIAL_CONFERENCE, "section47:" + enquiryId);
        }
        chronology.record(enquiry.personId(), endedOn, "Section 47 enquiry concluded",
                outcome.replace('_', ' ').toLowerCase(), by, "section47:" + enquiryId);
    }

    @Transactional
    public void recordInitialConference(UUID enquiryId, LocalDate heldOn, String chair, String attendees,
                                        String category, String delayReason, String delayAgreedBy, StaffMember by) {
        Enquiry enquiry = enquiry(enquiryId);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (heldOn == null || heldOn.isBefore(enquiry.strategyDiscussionOn())) {
            errors.add("heldOn", "A conference cannot be held before the strategy discussion that started the enquiry");
        }
        if (chair == null || chair.isBlank()) {
            errors.add("chair", "Enter who chaired the conference");
        }
        if (category != null && !category.isBlank() && !Plans.CATEGORIES.containsKey(category)) {
            errors.add("category", "Select a category of abuse");
        }
        Instant due = clocks.dueAt(ClockKind.INITIAL_CONFERENCE, "section47:" + enquiryId).orElse(null);
        boolean late = due != null && heldOn != null && heldOn.atStartOfDay(WorkingCalendar.LONDON).toInstant().isAfter(due);
        if (late && (blank(delayReason) || blank(delayAgreedBy))) {
            errors.add("delayReason", "The conference is later than 15 working days: record why and who agreed");
        }
        errors.throwIfAny();
        boolean plan = !blank(category);
        jdbc.sql("""
                INSERT INTO initial_conference (id, person_id, section47_id, held_on, chair, attendees, plan, category,
                    delay_reason, delay_agreed_by, recorded_by)
                VALUES (:id, :p, :s, :on, :chair, :attendees, :plan, :category, :delay, :agreed, :by)""")
                .param("id", UUID.randomUUID()).param("p", enquiry.personId()).param("s", enquiryId).param("on", heldOn)
                .param("chair", chair.strip()).param("attendees", attendees).param("plan", plan)
                .param("category", plan ? category : null).param("delay", delayReason).param("agreed", delayAgreedBy)
                .param("by", by.id()).update();
        clocks.complete(ClockKind.INITIAL_CONFERENCE, "section47:" + enquiryId,
                heldOn.atTime(12, 0).atZone(WorkingCalendar.LONDON).toInstant());
        chronology.record(enquiry.personId(), heldOn, "Initial child protection conference", plan
                ? "Child protection plan: " + Plans.CATEGORIES.get(category).toLowerCase() : "No child protection plan", by,
                "section47:" + enquiryId);
        if (plan) {
            plans.startChildProtectionPlan(enquiry.personId(), heldOn, category, by);
        }
    }

    public Pathway pathway(UUID childId) {
        List<Discussion> discussions = jdbc.sql("""
                SELECT id, held_at, agencies, shared, decision, actions FROM strategy_discussion
                WHERE person_id = :p ORDER BY held_at DESC""").param("p", childId)
                .query((rs, n) -> new Discussion(rs.getObject("id", UUID.class), rs.getTimestamp("held_at").toInstant(),
                        List.of((String[]) rs.getArray("agencies").getArray()), rs.getString("shared"),
                        StrategyDecision.valueOf(rs.getString("decision")), rs.getString("actions"))).list();
        List<Enquiry> enquiries = jdbc.sql(ENQUIRY + " WHERE s.person_id = :p ORDER BY s.started_on DESC")
                .param("p", childId).query(Enquiry.class).list();
        return new Pathway(discussions, enquiries);
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

    private Enquiry enquiry(UUID id) {
        return jdbc.sql(ENQUIRY + " WHERE s.id = :id")
                .param("id", id).query(Enquiry.class).optional()
                .orElseThrow(() -> InvalidInput.of("enquiry", "No such section 47 enquiry"));
    }

    static String missingAgencies(Set<String> agencies) {
        return String.join(" and ", List.of("POLICE", "HEALTH").stream().filter(a -> !agencies.contains(a))
                .map(String::toLowerCase).toList());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public record DiscussionFigures(long held, long withoutPolice, long withoutHealth) {
    }

    public record Pathway(List<Discussion> discussions, List<Enquiry> enquiries) {
    }

    public record Discussion(UUID id, Instant heldAt, List<String> agencies, String shared, StrategyDecision decision,
                             String actions) {

        public String agencyLabels() {
            return String.join(", ", agencies.stream().map(a -> a.charAt(0) + a.substring(1).toLowerCase()
                    .replace('_', ' ')).toList());
        }

        /** Police and health are expected at every strategy discussion. */
        public String missing() {
            return missingAgencies(Set.copyOf(agencies));
        }

        public java.time.ZonedDateTime heldLocal() {
            return heldAt.atZone(WorkingCalendar.LONDON);
        }
    }

    public record Enquiry(UUID id, UUID personId, boolean jointWithPolice, LocalDate startedOn, LocalDate endedOn,
                          String outcome, LocalDate strategyDiscussionOn, LocalDate conferenceOn, String category) {

        public boolean open() {
            return endedOn == null;
        }

        public boolean awaitsConference() {
            return conferenceOn == null && (endedOn == null || "INITIAL_CONFERENCE".equals(outcome));
        }
    }
}
