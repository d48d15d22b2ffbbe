package hearth.planning;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.CaseAlerts;
import hearth.casework.Involvements;
import hearth.chronology.Chronology;
import hearth.platform.ConcurrentEdit;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.LatestChange;
import hearth.platform.PersonId;
import hearth.platform.Words;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child in need and child protection plans: started, kept on their clocks by meetings,
 * and ended with a reason that may start what comes next (stepping down, or up).
 */
@Service
public class Plans {

    static final String PLAN_ALERT = "CHILD_PROTECTION_PLAN";
    /** The DfE categories of abuse a child protection plan is made under. */
    public static final Map<String, String> CATEGORIES = Map.of("NEG", "Neglect", "PHY", "Physical abuse",
            "SAB", "Sexual abuse", "EMO", "Emotional abuse", "MUL", "Multiple categories");

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final Chronology chronology;
    private final CaseAlerts alerts;
    private final Involvements involvements;
    private final Staff staff;
    private final ReviewConferences reviews;
    private final Clock clock;

    Plans(JdbcClient jdbc, Clocks clocks, Chronology chronology, CaseAlerts alerts, Involvements involvements,
          Staff staff, ReviewConferences reviews, Clock clock) {
        this.staff = staff;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.chronology = chronology;
        this.alerts = alerts;
        this.involvements = involvements;
        this.clock = clock;
    }

    /** The plan an initial conference makes; an open child in need plan ends, stepped up. */
    @Transactional
    public PlanId startChildProtectionPlan(PersonId childId, LocalDate conferenceOn, String category, StaffMember by) {
        open(childId, PlanKind.CHILD_IN_NEED).ifPresent(cin -> close(cin, conferenceOn, PlanEnd.STEP_UP_CHILD_PROTECTION, by));
        PlanId id = insert(childId, PlanKind.CHILD_PROTECTION, category, conferenceOn, by);
        alerts.raise(childId, PLAN_ALERT, "Subject of a child protection plan: " + CATEGORIES.get(category).toLowerCase(), conferenceOn);
        startFirstClocks(id, childId, conferenceOn, MeetingKind.CORE_GROUP, MeetingKind.REVIEW_CONFERENCE);
        chronology.record(childId, conferenceOn, "Child protection plan started", "Category: " + CATEGORIES.get(category),
                by, "plan:" + id);
        return id;
    }

    /** A child in need plan from the end of an assessment (or a step down); its planning meeting is then due. */
    @Transactional
    public PlanId startChildInNeedPlan(PersonId childId, LocalDate startedOn, StaffMember by) {
        if (startedOn == null || startedOn.isAfter(today())) {
            throw InvalidInput.of("startedOn", "Enter the date the plan started; it cannot be in the future");
        }
        if (open(childId, PlanKind.CHILD_IN_NEED).isPresent()) {
            throw InvalidInput.of("startedOn", "This child already has an open child in need plan");
        }
        if (open(childId, PlanKind.CHILD_PROTECTION).isPresent()) {
            throw InvalidInput.of("startedOn", "This child is on a child protection plan: step it down to start a child in need plan");
        }
        PlanId id = insert(childId, PlanKind.CHILD_IN_NEED, null, startedOn, by);
        startFirstClocks(id, childId, startedOn, MeetingKind.PLANNING_MEETING);
        chronology.record(childId, startedOn, "Child in need plan started", "Planning meeting due", by, "plan:" + id);
        return id;
    }

    /**
     * Records a core group, review or planning meeting: its clock is met and the next
     * meeting's clock starts from it. A review records progress on every outcome and may
     * end the plan. A meeting cannot be added to a closed plan.
     */
    @Transactional
    public UUID recordMeeting(PlanId planId, int version, MeetingRecord meeting, StaffMember by) {
        return recordMeeting(planId, version, meeting, by, UUID.randomUUID());
    }

    /** Records the meeting once for its form: the same form posted again gives back the meeting already made. */
    @Transactional
    public UUID recordMeeting(PlanId planId, int version, MeetingRecord meeting, StaffMember by, UUID formToken) {
        Optional<UUID> made = FormToken.recordMade(jdbc, "plan_meeting", formToken);
        if (made.isPresent()) {
            return made.get();
        }
        Plan plan = locked(planId);
        if (!plan.open() && plan.version() != version) {
            throw lost(plan);
        }
        MeetingKind kind = meeting.kind();
        LocalDate heldOn = meeting.heldOn();
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (kind == null || kind.plan() != plan.kind()) {
            errors.add("meetingKind", "Select a meeting that belongs to a " + plan.kind().label().toLowerCase());
        } else if (meeting.ends() != null && (!kind.isReview() || !meeting.ends().choosableFor(plan.kind()))) {
            errors.add("ends", "Only a review can end the plan, with a reason that fits the plan");
        } else if (kind.isReview()) {
            outcomes(planId).stream().filter(o -> !meeting.progress().containsKey(o.id()))
                    .forEach(o -> errors.add("progress-" + o.id(), "Record progress on: " + o.willChange()));
        }
        if (!plan.open()) {
            errors.add("heldOn", "This plan ended on " + Words.day(plan.endedOn()) + ": a meeting cannot be added to a closed plan");
        } else if (heldOn == null || heldOn.isBefore(plan.startedOn()) || heldOn.isAfter(today())) {
            errors.add("heldOn", "Enter a date from the plan's start (" + Words.day(plan.startedOn()) + ") to today");
        }
        if (meeting.summary() == null || meeting.summary().isBlank()) {
            errors.add("summary", "Record what the meeting found and decided");
        }
        UUID chair = kind == MeetingKind.REVIEW_CONFERENCE ? meeting.chairId() : null;
        if (kind == MeetingKind.REVIEW_CONFERENCE && reviews.chair(chair).isEmpty()) {
            errors.add("chairId", "Select the chair of the review conference");
        }
        errors.throwIfAny();
        int number = meetingsOf(planId, kind) + 1;
        UUID id = UUID.randomUUID();
        if (jdbc.sql("""
                INSERT INTO plan_meeting (id, plan_id, kind, held_on, attendees, summary, child_view, chair_id,
                    recorded_by, recorded_at, form_token)
                VALUES (:id, :plan, :kind, :on, :attendees, :summary, :childView, :chair, :by, :now, :token)
                ON CONFLICT (form_token) DO NOTHING""")
                .param("id", id).param("plan", planId).param("kind", kind.name()).param("on", heldOn)
                .param("attendees", meeting.attendees()).param("summary", meeting.summary().strip())
                .param("childView", meeting.childView()).param("chair", chair).param("by", by.id())
                .param("now", Timestamp.from(clock.instant())).param("token", formToken).update() == 0) {
            return FormToken.recordMade(jdbc, "plan_meeting", formToken).orElseThrow();
        }
        meeting.progress().forEach((outcome, progress) -> jdbc.sql("""
                INSERT INTO outcome_progress (meeting_id, outcome_id, progress, evidence)
                SELECT :meeting, o.id, :progress, :evidence FROM plan_outcome o WHERE o.id = :outcome AND o.plan_id = :plan""")
                .param("meeting", id).param("outcome", outcome).param("plan", planId)
                .param("progress", progress.progress().name()).param("evidence", progress.evidence()).update());
        clocks.complete(kind.clock(number), ClockSubject.plan(planId, number), noon(heldOn));
        MeetingKind next = kind.next();
        int nextNumber = meetingsOf(planId, next) + 1;
        clocks.start(plan.personId(), next.clock(nextNumber), ClockSubject.plan(planId, nextNumber),
                noon(heldOn));
        chronology.record(plan.personId(), heldOn, kind.label(), meeting.summary().strip(), by, "plan:" + planId);
        if (chair != null) {
            reviews.chaired(plan.personId(), id, chair);
        }
        if (meeting.ends() != null) {
            end(planId, version, heldOn, meeting.ends(), by);
        }
        return id;
    }

    /** Writes (or rewrites) what the plan says; outcomes keep their place, so reviews still refer to them. */
    @Transactional
    public void write(PlanId planId, int version, PlanContent content, LocalDate writtenOn, StaffMember by) {
        content.check();
        Plan plan = require(planId);
        if (jdbc.sql("""
                UPDATE plan SET actions = :actions, contingency = :contingency, version = version + 1
                WHERE id = :id AND version = :version AND ended_on IS NULL""")
                .param("actions", content.actions()).param("contingency", content.contingency().strip())
                .param("id", planId).param("version", version).update() == 0) {
            throw lost(plan);
        }
        for (int i = 0; i < content.outcomes().size(); i++) {
            PlanContent.Outcome o = content.outcomes().get(i);
            if (o.isBlank()) {
                jdbc.sql("""
                        DELETE FROM plan_outcome WHERE plan_id = :plan AND position = :position
                          AND NOT EXISTS (SELECT 1 FROM outcome_progress p WHERE p.outcome_id = plan_outcome.id)""")
                        .param("plan", planId).param("position", i + 1).update();
                continue;
            }
            jdbc.sql("""
                    INSERT INTO plan_outcome (id, plan_id, position, will_change, indicator, baseline, target, owner,
                        target_date) VALUES (:id, :plan, :position, :change, :indicator, :baseline, :target, :owner, :date)
                    ON CONFLICT (plan_id, position) DO UPDATE SET will_change = EXCLUDED.will_change,
                        indicator = EXCLUDED.indicator, baseline = EXCLUDED.baseline, target = EXCLUDED.target,
                        owner = EXCLUDED.owner, target_date = EXCLUDED.target_date""")
                    .param("id", UUID.randomUUID()).param("plan", planId).param("position", i + 1)
                    .param("change", o.willChange().strip()).param("indicator", o.indicator())
                    .param("baseline", o.baseline()).param("target", o.target()).param("owner", o.owner())
                    .param("date", o.targetDate()).update();
        }
        chronology.record(plan.personId(), writtenOn, plan.kind().label() + " written", content.written().size()
                + " outcomes; contingency: " + content.contingency().strip(), by, "plan:" + planId);
    }

    public List<PlannedOutcome> outcomes(PlanId planId) {
        return outcomes(List.of(planId)).getOrDefault(planId, List.of());
    }

    /** Each plan's outcomes in order, for many plans in one query (a team's record quality). */
    public Map<PlanId, List<PlannedOutcome>> outcomes(Collection<PlanId> planIds) {
        Map<PlanId, List<PlannedOutcome>> byPlan = new HashMap<>();
        if (planIds.isEmpty()) {
            return byPlan;
        }
        RowMapper<PlannedOutcome> outcome = new DataClassRowMapper<>(PlannedOutcome.class);
        jdbc.sql("""
                SELECT o.plan_id, o.id, o.position, o.will_change, o.indicator, o.baseline, o.target, o.owner, o.target_date,
                       latest.progress AS latest_progress, latest.evidence AS latest_evidence,
                       latest.held_on AS latest_reviewed_on, latest.child_view AS latest_child_view
                FROM plan_outcome o
                LEFT JOIN LATERAL (SELECT p.progress, p.evidence, m.held_on, m.child_view
                                   FROM outcome_progress p JOIN plan_meeting m ON m.id = p.meeting_id
                                   WHERE p.outcome_id = o.id ORDER BY m.held_on DESC, m.recorded_at DESC LIMIT 1) latest
                       ON true
                WHERE o.plan_id IN (:plans) ORDER BY o.plan_id, o.position""")
                .param("plans", planIds).query(rs -> {
                    byPlan.computeIfAbsent(new PlanId(rs.getObject("plan_id", UUID.class)), plan -> new ArrayList<>())
                            .add(outcome.mapRow(rs, rs.getRow()));
                });
        return byPlan;
    }

    /** Ends a plan the user saw at {@code version}; a step down starts the plan or help that follows. */
    @Transactional
    public void end(PlanId planId, int version, LocalDate endedOn, PlanEnd reason, StaffMember by) {
        Plan plan = require(planId);
        if (plan.version() != version) {
            throw lost(plan);
        }
        plan.end(endedOn, reason, today());
        close(plan, endedOn, reason, by);
        switch (reason) {
            case STEP_DOWN_CHILD_IN_NEED -> startChildInNeedPlan(plan.personId(), endedOn, by);
            case STEP_DOWN_EARLY_HELP -> involvements.start(plan.personId(), Involvements.Kind.EARLY_HELP, endedOn, by);
            default -> { }
        }
    }

    /** Ends every open plan of a child whose case has closed. */
    @Transactional
    public void endAllFor(PersonId childId, LocalDate on, StaffMember by) {
        of(childId).stream().filter(Plan::open).forEach(plan -> close(plan, on, PlanEnd.CASE_CLOSED, by));
    }

    public List<Plan> of(PersonId childId) {
        return jdbc.sql("SELECT * FROM plan WHERE person_id = :p ORDER BY ended_on DESC NULLS FIRST, started_on DESC")
                .param("p", childId).query(Plan.class).list();
    }

    /** The open plans of these children, latest first. */
    public List<Plan> open(Collection<PersonId> children) {
        return children.isEmpty() ? List.of() : jdbc.sql("""
                SELECT * FROM plan WHERE person_id IN (:p) AND ended_on IS NULL ORDER BY started_on DESC""")
                .param("p", children).query(new DataClassRowMapper<>(Plan.class)).list();
    }

    public Optional<Plan> open(PersonId childId, PlanKind kind) {
        return jdbc.sql("SELECT * FROM plan WHERE person_id = :p AND kind = :k AND ended_on IS NULL")
                .param("p", childId).param("k", kind.name()).query(Plan.class).optional();
    }

    public List<Meeting> meetings(PersonId childId) {
        return jdbc.sql("""
                SELECT m.id, m.plan_id, m.kind, m.held_on, m.attendees, m.summary, m.child_view, m.chair_id FROM plan_meeting m
                JOIN plan p ON p.id = m.plan_id WHERE p.person_id = :p ORDER BY m.held_on DESC, m.recorded_at DESC""")
                .param("p", childId).query(Meeting.class).list();
    }

    /**
     * The plan, locked until the transaction ends, so that it cannot end (nor another meeting be
     * numbered) while a meeting is added to it; read after any change that was waiting.
     */
    private Plan locked(PlanId planId) {
        return jdbc.sql("SELECT * FROM plan WHERE id = :id FOR UPDATE").param("id", planId).query(Plan.class).optional()
                .orElseThrow(() -> InvalidInput.of("plan", "No such plan"));
    }

    Plan require(PlanId planId) {
        return jdbc.sql("SELECT * FROM plan WHERE id = :id").param("id", planId).query(Plan.class).optional()
                .orElseThrow(() -> InvalidInput.of("plan", "No such plan"));
    }

    private PlanId insert(PersonId childId, PlanKind kind, String category, LocalDate startedOn, StaffMember by) {
        PlanId id = new PlanId(UUID.randomUUID());
        jdbc.sql("INSERT INTO plan (id, person_id, kind, category, started_on) VALUES (:id, :p, :k, :c, :on)")
                .param("id", id).param("p", childId).param("k", kind.name()).param("c", category)
                .param("on", startedOn).update();
        involvements.start(childId, kind.involvement(), startedOn, by);
        clocks.start(childId, kind.visits(), ClockSubject.plan(id, 1), noon(startedOn));
        return id;
    }

    private void startFirstClocks(PlanId planId, PersonId childId, LocalDate on, MeetingKind... meetings) {
        for (MeetingKind meeting : meetings) {
            clocks.start(childId, meeting.clock(1), ClockSubject.plan(planId, 1), noon(on));
        }
    }

    /** The guarded UPDATE first: only the user who ends the plan writes its clocks, alerts and chronology. */
    private void close(Plan plan, LocalDate on, PlanEnd reason, StaffMember by) {
        ConcurrentEdit.unlessOneRow(jdbc.sql("""
                UPDATE plan SET ended_on = :on, end_reason = :reason, changed_by = :by, changed_at = :at,
                    version = version + 1
                WHERE id = :id AND ended_on IS NULL AND version = :version""")
                .param("on", on).param("reason", reason.name()).param("by", by.id())
                .param("at", Timestamp.from(clock.instant())).param("id", plan.id()).param("version", plan.version())
                .update(), () -> lost(plan));
        clocks.cancelAllOf(ClockSubject.Type.PLAN, plan.id());
        involvements.end(plan.personId(), plan.kind().involvement(), on);
        if (plan.kind() == PlanKind.CHILD_PROTECTION) {
            alerts.end(plan.personId(), PLAN_ALERT, on);
        }
        chronology.record(plan.personId(), on, plan.kind().label() + " ended", reason.label(), by, "plan:" + plan.id());
    }

    private ConcurrentEdit lost(Plan plan) {
        return LatestChange.lost(jdbc, "The " + plan.kind().label().toLowerCase(), "plan",
                "CASE WHEN ended_on IS NULL THEN 'OPEN' ELSE 'ENDED' END", plan.id(),
                code -> Plan.Status.valueOf(code).label(),
                staff::nameOf);
    }

    private int meetingsOf(PlanId planId, MeetingKind kind) {
        return jdbc.sql("SELECT count(*) FROM plan_meeting WHERE plan_id = :p AND kind = :k")
                .param("p", planId).param("k", kind.name()).query(Integer.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(WorkingCalendar.LONDON).toInstant();
    }

    public record Plan(PlanId id, PersonId personId, PlanKind kind, String category, LocalDate startedOn, LocalDate endedOn,
                       PlanEnd endReason, int version, String actions, String contingency) {

        public enum Status implements Labelled {
            OPEN, ENDED;
        }

        public Status status() {
            return endedOn == null ? Status.OPEN : Status.ENDED;
        }

        public boolean open() {
            return status() == Status.OPEN;
        }

        /** A plan ends once, on a day from its start to today, for a reason that fits its kind. */
        void end(LocalDate on, PlanEnd reason, LocalDate today) {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            if (!open()) {
                errors.add("endedOn", "This plan already ended on " + Words.day(endedOn));
            } else if (on == null || on.isBefore(startedOn) || on.isAfter(today)) {
                errors.add("endedOn", "A plan cannot end before it starts (" + Words.day(startedOn) + ") or in the future");
            }
            if (reason == null || !reason.choosableFor(kind)) {
                errors.add("reason", "Select why the plan is ending");
            }
            errors.throwIfAny();
        }

        public String categoryLabel() {
            return category == null ? "" : CATEGORIES.get(category);
        }
    }

    /** A meeting held; {@code chairId} is the chair of a review conference (none on one recorded before chairs were users). */
    public record Meeting(UUID id, PlanId planId, MeetingKind kind, LocalDate heldOn, String attendees, String summary,
                          String childView, UUID chairId) {
    }

    /**
     * An outcome of a plan, with what the latest review of it recorded: the progress, its
     * evidence, the day, and the child's view given at that meeting (all null before a review).
     */
    public record PlannedOutcome(UUID id, int position, String willChange, String indicator, String baseline,
                                 String target, String owner, LocalDate targetDate,
                                 MeetingRecord.Progress latestProgress, String latestEvidence,
                                 LocalDate latestReviewedOn, String latestChildView) {
    }
}
