package hearth.casework;

import hearth.access.ChildRelationshipStarted;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.ConcurrentEdit;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.reference.CodeLists;
import hearth.timeliness.Clocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a child's case with the DfE reason for closure. A child protection plan ends at a
 * review conference, never by closing the case around it; everything else open ends with it.
 * The team that held the case keeps sight of the closed record, for a re-referral.
 */
@Service
public class CaseClosures {

    public static final String REASONS = "reasonforclosuretype";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Involvements involvements;
    private final Allocations allocations;
    private final CaseTransfers transfers;
    private final Clocks clocks;
    private final Chronology chronology;
    private final ApplicationEventPublisher events;
    private final Staff staff;
    private final Clock clock;

    CaseClosures(JdbcClient jdbc, CodeLists codes, Involvements involvements, Allocations allocations,
                 CaseTransfers transfers, Clocks clocks, Chronology chronology, ApplicationEventPublisher events,
                 Staff staff, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.involvements = involvements;
        this.allocations = allocations;
        this.transfers = transfers;
        this.clocks = clocks;
        this.chronology = chronology;
        this.events = events;
        this.staff = staff;
        this.clock = clock;
    }

    /** A closure made without a form (the demo). */
    @Transactional
    public UUID close(PersonId childId, LocalDate closedOn, String reason, String summary, StaffMember by) {
        return close(childId, closedOn, reason, summary, by, UUID.randomUUID());
    }

    /** Closes the case once for its form: the same form posted again gives back the closure already made. */
    @Transactional
    public UUID close(PersonId childId, LocalDate closedOn, String reason, String summary, StaffMember by,
                      UUID formToken) {
        waitForAnyOtherClosureOf(childId);
        Optional<UUID> made = FormToken.recordMade(jdbc, "case_closure", formToken);
        if (made.isPresent()) {
            return made.get();
        }
        closedMomentsAgo(childId).ifPresent(latest -> {
            throw new ConcurrentEdit("This case", latest);
        });
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (closedOn == null || closedOn.isAfter(LocalDate.now(clock))) {
            errors.add("closedOn", "Enter the date the case closed; it cannot be in the future");
        }
        if (reason == null || !codes.contains(REASONS, reason)) {
            errors.add("reason", "Select the reason for closure");
        }
        if (involvements.isOpen(childId, Involvements.Kind.CHILD_PROTECTION)) {
            errors.add("reason", "The child is on a child protection plan: end the plan at a review conference first");
        }
        if (involvements.of(childId).stream().noneMatch(Involvements.Involvement::open)
                && allocations.current(childId).isEmpty()) {
            errors.add("reason", "This case is not open");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        if (jdbc.sql("""
                INSERT INTO case_closure (id, person_id, closed_on, reason, summary, recorded_by, recorded_at, form_token)
                VALUES (:id, :p, :on, :reason, :summary, :by, :now, :token) ON CONFLICT (form_token) DO NOTHING""")
                .param("id", id).param("p", childId).param("on", closedOn).param("reason", reason)
                .param("summary", summary).param("by", by.id()).param("now", Timestamp.from(clock.instant()))
                .param("token", formToken).update() == 0) {
            return FormToken.recordMade(jdbc, "case_closure", formToken).orElseThrow();
        }
        events.publishEvent(new CaseClosed(childId.value(), closedOn, reason, by));
        transfers.withdraw(childId, "Case closed", by);
        involvements.endAll(childId, closedOn);
        allocations.current(childId).ifPresent(held -> events.publishEvent(new ChildRelationshipStarted(childId.value(),
                ChildRelationshipStarted.Kind.CLOSING_TEAM, null, held.teamId(), "closure:" + id, clock.instant())));
        allocations.endCurrent(childId, closedOn);
        clocks.cancelAllFor(childId);
        chronology.record(childId, closedOn, "Case closed", codes.label(REASONS, reason)
                + (summary == null || summary.isBlank() ? "" : ". " + summary.strip()), by, "closure:" + id);
        return id;
    }

    public Optional<Closure> latest(PersonId childId) {
        return jdbc.sql("SELECT closed_on, reason, summary FROM case_closure WHERE person_id = :p ORDER BY closed_on DESC LIMIT 1")
                .param("p", childId).query((rs, n) -> new Closure(rs.getDate(1).toLocalDate(), rs.getString(2),
                        codes.label(REASONS, rs.getString(2)), rs.getString(3))).optional();
    }

    public List<CodeLists.Code> reasons() {
        return codes.list(REASONS);
    }

    public record Closure(LocalDate closedOn, String reason, String reasonLabel, String summary) {
    }

    /**
     * Two managers closing one case at once would both find it open: the second waits here
     * until the first has committed, then finds the closure it made.
     */
    private void waitForAnyOtherClosureOf(PersonId childId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('case_closure'), hashtext(:child))")
                .param("child", childId.toString()).query(Object.class).single();
    }

    /** A closure in the last minute is the other manager's, and the loser is shown it. */
    private Optional<ConcurrentEdit.Latest> closedMomentsAgo(PersonId childId) {
        record Closed(UUID recordedBy, Timestamp recordedAt) {
        }
        return jdbc.sql("""
                SELECT recorded_by, recorded_at FROM case_closure
                WHERE person_id = :p AND recorded_at >= :since ORDER BY recorded_at DESC LIMIT 1""")
                .param("p", childId).param("since", Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))
                .query(Closed.class).optional()
                .map(c -> new ConcurrentEdit.Latest("Closed", staff.nameOf(c.recordedBy()), c.recordedAt().toInstant()));
    }
}
