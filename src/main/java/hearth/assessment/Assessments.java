package hearth.assessment;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.CaseClosed;
import hearth.casework.Involvements;
import hearth.chronology.Chronology;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ReferralAccepted;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.LatestChange;
import hearth.platform.PersonId;
import hearth.platform.Text;
import hearth.reference.CodeLists;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child and family assessments: started by a referral decision (or by a worker from the
 * child's record) on a 45-working-day clock from the referral, drafted, submitted and
 * authorised by a manager, which meets the clock and may start a child in need plan.
 */
@Service
public class Assessments {

    public static final String FACTORS = "assessmentfactorstype";

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final Chronology chronology;
    private final Involvements involvements;
    private final Plans plans;
    private final CodeLists codes;
    private final Staff staff;
    private final Clock clock;

    Assessments(JdbcClient jdbc, Clocks clocks, Chronology chronology, Involvements involvements, Plans plans,
                CodeLists codes, Staff staff, Clock clock) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.chronology = chronology;
        this.involvements = involvements;
        this.plans = plans;
        this.codes = codes;
        this.clock = clock;
    }

    /** A front door decision for an assessment starts one for each matched child, in the same transaction. */
    @EventListener
    void on(ReferralAccepted referral) {
        start(new PersonId(referral.personId()), new ContactId(referral.contactId()), referral.receivedAt(), referral.by());
    }

    /** A case that closes ends its unfinished assessments with it (closure has already stopped their clocks). */
    @EventListener
    void on(CaseClosed closed) {
        jdbc.sql("""
                UPDATE assessment SET status = 'ENDED', ended_on = :on, version = version + 1
                WHERE person_id = :p AND status IN ('IN_PROGRESS', 'SUBMITTED') RETURNING id""")
                .param("on", closed.closedOn()).param("p", closed.personId()).query(UUID.class).list()
                .forEach(id -> chronology.record(new PersonId(closed.personId()), closed.closedOn(), "Assessment ended",
                        "Unfinished when the case closed", closed.by(), "assessment:" + id));
    }

    /** A worker starts an assessment from the record; the date entered is the referral date the clock runs from. */
    @Transactional
    public AssessmentId startFromRecord(PersonId childId, LocalDate referredOn, StaffMember by) {
        if (referredOn == null || referredOn.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.of("referredOn", "Enter the referral date; it cannot be in the future");
        }
        return start(childId, null, referredOn.atTime(12, 0).atZone(WorkingCalendar.LONDON).toInstant(), by);
    }

    /** Starts an assessment with its clock anchored at the referral; once per child and contact. */
    @Transactional
    public AssessmentId start(PersonId childId, ContactId contactId, Instant referredAt, StaffMember by) {
        AssessmentId id = new AssessmentId(UUID.randomUUID());
        int inserted = jdbc.sql("""
                INSERT INTO assessment (id, person_id, contact_id, referred_at, status, started_by, started_at)
                VALUES (:id, :p, :contact, :referred, 'IN_PROGRESS', :by, :now) ON CONFLICT DO NOTHING""")
                .param("id", id).param("p", childId).param("contact", contactId)
                .param("referred", Timestamp.from(referredAt)).param("by", by.id())
                .param("now", Timestamp.from(max(referredAt, clock.instant()))).update();
        if (inserted == 0) {
            UUID existing = jdbc.sql("SELECT id FROM assessment WHERE contact_id = :c AND person_id = :p")
                    .param("c", contactId).param("p", childId).query(UUID.class).single();
            return new AssessmentId(existing);
        }
        LocalDate on = referredAt.atZone(WorkingCalendar.LONDON).toLocalDate();
        clocks.start(childId, ClockKind.CHILD_AND_FAMILY_ASSESSMENT, ClockSubject.assessment(id), referredAt);
        if (!involvements.isOpen(childId, Involvements.Kind.ASSESSMENT)) {
            involvements.start(childId, Involvements.Kind.ASSESSMENT, on, by);
        }
        return id;
    }

    /** Saves the worker's draft, if nobody saved it since they opened it at {@code version}. */
    @Transactional
    public void save(AssessmentId id, int version, Assessment.Content content, StaffMember by) {
        Assessment assessment = require(id);
        assessment.save();
        content.checkLengths();
        write(assessment, version, clean(content), Assessment.Status.IN_PROGRESS);
    }

    @Transactional
    public void submit(AssessmentId id, int version, StaffMember by) {
        submit(id, version, by, clock.instant());
    }

    /** Sends the stored draft for authorisation; refused, with a message per field, while it is incomplete. */
    @Transactional
    public void submit(AssessmentId id, int version, StaffMember by, Instant at) {
        Assessment assessment = opened(id, version);
        Instant due = clocks.dueAt(ClockKind.CHILD_AND_FAMILY_ASSESSMENT, ClockSubject.assessment(id)).orElse(null);
        Assessment.Status next = assessment.submit(at.atZone(WorkingCalendar.LONDON).toLocalDate(), at, due);
        move(assessment, next, by, at, "submitted_by = :by, submitted_at = :at, returned_reason = NULL", Map.of());
    }

    @Transactional
    public void authorise(AssessmentId id, int version, StaffMember manager) {
        authorise(id, version, manager, clock.instant());
    }

    /**
     * A manager authorises: the clock is met (on time or late), the chronology says so with the
     * outcome, the assessment involvement ends, and a child in need plan starts if that is the
     * outcome and the child has no open plan. The guarded UPDATE comes first, so only the
     * manager who wins a race writes any of that.
     */
    @Transactional
    public void authorise(AssessmentId id, int version, StaffMember manager, Instant at) {
        Assessment assessment = opened(id, version);
        move(assessment, assessment.authorise(manager), manager, at, "authorised_by = :by, authorised_at = :at",
                Map.of());
        PersonId child = assessment.personId();
        LocalDate on = at.atZone(WorkingCalendar.LONDON).toLocalDate();
        clocks.complete(ClockKind.CHILD_AND_FAMILY_ASSESSMENT, ClockSubject.assessment(id), at);
        AssessmentOutcome outcome = assessment.content().outcome();
        String late = Text.blank(assessment.content().lateReason()) ? ""
                : " Completed after 45 working days: " + assessment.content().lateReason().strip();
        chronology.record(child, on, "Assessment authorised", "Outcome: " + outcome.label() + "." + late, manager,
                "assessment:" + id);
        involvements.end(child, Involvements.Kind.ASSESSMENT, on);
        if (outcome == AssessmentOutcome.CHILD_IN_NEED_PLAN && plans.open(child, PlanKind.CHILD_IN_NEED).isEmpty()
                && plans.open(child, PlanKind.CHILD_PROTECTION).isEmpty()) {
            plans.startChildInNeedPlan(child, on, manager);
        }
    }

    /** A manager returns a submitted assessment to the worker with what it needs. */
    @Transactional
    public void returnToWorker(AssessmentId id, int version, String reason, StaffMember manager) {
        Assessment assessment = opened(id, version);
        Assessment.Status next = assessment.returnToWorker(manager, reason);
        move(assessment, next, manager, clock.instant(),
                "returned_reason = :reason, submitted_at = NULL, submitted_by = NULL", Map.of("reason", reason.strip()));
    }

    public List<Assessment> of(PersonId childId) {
        return jdbc.sql(SELECT + " WHERE a.person_id = :p ORDER BY a.referred_at DESC").param("p", childId)
                .query(Assessments::map).list();
    }

    /** Each child's latest assessment, for many children in one query. */
    public Map<PersonId, Assessment> latest(Collection<PersonId> children) {
        return children.isEmpty() ? Map.of() : jdbc.sql(SELECT + " WHERE a.id IN (SELECT DISTINCT ON (person_id) id"
                        + " FROM assessment WHERE person_id IN (:p) ORDER BY person_id, referred_at DESC)")
                .param("p", children)
                .query(Assessments::map).list().stream().collect(Collectors.toMap(Assessment::personId, a -> a));
    }

    public Optional<Assessment> find(AssessmentId id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Assessments::map).optional();
    }

    private Assessment require(AssessmentId id) {
        return find(id).orElseThrow(() -> InvalidInput.of("assessment", "No such assessment"));
    }

    /** The assessment as the user opened it at {@code version}; a later version means someone else moved it. */
    private Assessment opened(AssessmentId id, int version) {
        Assessment assessment = require(id);
        if (assessment.version() != version) {
            throw lost(id);
        }
        return assessment;
    }

    /**
     * The one guarded UPDATE of every transition: it names the status and version the user saw,
     * so of two users at once only one changes the row; the other is told who did.
     */
    private void move(Assessment from, Assessment.Status to, StaffMember by, Instant at, String set,
                      Map<String, Object> more) {
        int changed = jdbc.sql("UPDATE assessment SET status = :to, " + set + """
                , changed_by = :by, changed_at = :at, version = version + 1
                WHERE id = :id AND status = :from AND version = :v""")
                .param("to", to.name()).param("by", by.id()).param("at", Timestamp.from(at)).params(more)
                .param("id", from.id()).param("from", from.status().name()).param("v", from.version()).update();
        ConcurrentEdit.unlessOneRow(changed, () -> lost(from.id()));
    }

    private ConcurrentEdit lost(AssessmentId id) {
        return LatestChange.lost(jdbc, "This assessment", "assessment", "status", id,
                code -> Assessment.Status.valueOf(code).label(),
                staff::nameOf);
    }

    private void write(Assessment assessment, int version, Assessment.Content c, Assessment.Status status) {
        int changed = jdbc.sql("""
                UPDATE assessment SET seen_by = :seenBy, seen_on = :seenOn, seen_alone = :seenAlone,
                    not_alone_reason = :notAlone, lived_experience = :lived, child_words = :words,
                    significant_history = :history, history_meaning = :meaning, parenting_capacity = :parenting,
                    family_environment = :family, impact = :impact, analysis = :analysis,
                    parental_engagement = :engagement, factors = :factors, outcome = :outcome, late_reason = :late,
                    status = :status, version = version + 1
                WHERE id = :id AND version = :v""")
                .param("seenBy", c.seenBy()).param("seenOn", c.seenOn()).param("seenAlone", c.seenAlone())
                .param("notAlone", c.notAloneReason()).param("lived", c.livedExperience())
                .param("words", c.childWords()).param("history", c.significantHistory().toArray(String[]::new))
                .param("meaning", c.historyMeaning()).param("parenting", c.parentingCapacity())
                .param("family", c.familyEnvironment()).param("impact", c.impact()).param("analysis", c.analysis())
                .param("engagement", c.parentalEngagement()).param("factors", c.factors().toArray(String[]::new))
                .param("outcome", c.outcome() == null ? null : c.outcome().name()).param("late", c.lateReason())
                .param("status", status.name()).param("id", assessment.id()).param("v", version).update();
        if (changed == 0) {
            throw lost(assessment.id());
        }
    }

    /** Blank text is stored as nothing, and only factor codes the census knows are kept. */
    private Assessment.Content clean(Assessment.Content c) {
        return new Assessment.Content(strip(c.seenBy()), c.seenOn(), c.seenAlone(),
                Boolean.TRUE.equals(c.seenAlone()) ? null : strip(c.notAloneReason()), strip(c.livedExperience()),
                strip(c.childWords()), c.significantHistory(), strip(c.historyMeaning()),
                strip(c.parentingCapacity()), strip(c.familyEnvironment()), strip(c.impact()), strip(c.analysis()),
                strip(c.parentalEngagement()), c.factors().stream().filter(f -> codes.contains(FACTORS, f)).toList(),
                c.outcome(), strip(c.lateReason()));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static final String SELECT = """
            SELECT a.*, u.display_name AS authorised_by_name FROM assessment a
            LEFT JOIN report_staff u ON u.id = a.authorised_by""";

    private static Assessment map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Assessment.Content content = new Assessment.Content(rs.getString("seen_by"),
                rs.getObject("seen_on", LocalDate.class), (Boolean) rs.getObject("seen_alone"),
                rs.getString("not_alone_reason"), rs.getString("lived_experience"), rs.getString("child_words"),
                list(rs.getArray("significant_history")), rs.getString("history_meaning"),
                rs.getString("parenting_capacity"), rs.getString("family_environment"), rs.getString("impact"),
                rs.getString("analysis"), rs.getString("parental_engagement"), list(rs.getArray("factors")),
                outcome == null ? null : AssessmentOutcome.valueOf(outcome), rs.getString("late_reason"));
        return new Assessment(new AssessmentId(rs.getObject("id", UUID.class)), new PersonId(rs.getObject("person_id", UUID.class)),
                contactId(rs.getObject("contact_id", UUID.class)), instant(rs.getTimestamp("referred_at")),
                Assessment.Status.valueOf(rs.getString("status")), content, rs.getString("returned_reason"),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("authorised_at")),
                rs.getString("authorised_by_name"), rs.getInt("version"));
    }

    /** An assessment started from the record, not from a referral, has no contact. */
    private static ContactId contactId(UUID value) {
        return value == null ? null : new ContactId(value);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
