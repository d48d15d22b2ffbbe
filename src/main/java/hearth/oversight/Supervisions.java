package hearth.oversight;

import hearth.access.AccessDenied;
import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.FormToken;
import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case supervision: what is working, what worries us and what the child would say;
 * decisions; actions with owners and due dates that show on the case and are checked,
 * one by one, at the next supervision.
 */
@Service
public class Supervisions {

    private final JdbcClient jdbc;
    private final Chronology chronology;
    private final RestrictionFilter restrictions;
    private final Clock clock;

    Supervisions(JdbcClient jdbc, Chronology chronology, RestrictionFilter restrictions, Clock clock) {
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.clock = clock;
    }

    /** Supervision recorded without a form (the demo). */
    @Transactional
    public UUID record(PersonId childId, SupervisionRecord record, StaffMember supervisor) {
        return record(childId, record, supervisor, UUID.randomUUID());
    }

    /** Records the supervision once for its form: the same form posted again gives back the one already made. */
    @Transactional
    public UUID record(PersonId childId, SupervisionRecord record, StaffMember supervisor, UUID formToken) {
        Optional<UUID> made = FormToken.recordMade(jdbc, "supervision", formToken);
        if (made.isPresent()) {
            return made.get();
        }
        requireManager(childId, supervisor);
        List<Action> open = openActions(childId);
        record.check(LocalDate.now(clock), open.stream().map(Action::id).toList());
        UUID id = UUID.randomUUID();
        if (jdbc.sql("""
                INSERT INTO supervision (id, person_id, worker_id, supervisor_id, held_on, working_well, worries,
                    child_would_say, decisions, recorded_at, form_token)
                VALUES (:id, :p, :worker, :supervisor, :on, :well, :worries, :child, :decisions, :now, :token)
                ON CONFLICT (form_token) DO NOTHING""")
                .param("id", id).param("p", childId).param("worker", record.workerId())
                .param("supervisor", supervisor.id()).param("on", record.heldOn()).param("well", record.workingWell())
                .param("worries", record.worries()).param("child", record.childWouldSay())
                .param("decisions", record.decisions().strip()).param("now", Timestamp.from(clock.instant()))
                .param("token", formToken).update() == 0) {
            return FormToken.recordMade(jdbc, "supervision", formToken).orElseThrow();
        }
        record.checks().forEach((actionId, check) -> jdbc.sql("""
                UPDATE supervision_action SET checked_in = :s, done = :done, check_note = :note
                WHERE id = :id AND person_id = :p AND checked_in IS NULL""")
                .param("s", id).param("done", check.done()).param("note", check.note()).param("id", actionId)
                .param("p", childId).update());
        for (SupervisionRecord.NewAction action : record.actions()) {
            jdbc.sql("""
                    INSERT INTO supervision_action (id, supervision_id, person_id, action, owner, due_on)
                    VALUES (:id, :s, :p, :action, :owner, :due)""")
                    .param("id", UUID.randomUUID()).param("s", id).param("p", childId)
                    .param("action", action.action().strip()).param("owner", action.owner().strip())
                    .param("due", action.dueOn()).update();
        }
        chronology.record(childId, record.heldOn(), "Supervision", record.decisions().strip(), supervisor,
                "supervision:" + id);
        return id;
    }

    /** Actions from supervision not yet checked, soonest due first; they show on the case. */
    public List<Action> openActions(PersonId childId) {
        return jdbc.sql("""
                SELECT a.id, a.action, a.owner, a.due_on, s.held_on AS set_on FROM supervision_action a
                JOIN supervision s ON s.id = a.supervision_id
                WHERE a.person_id = :p AND a.checked_in IS NULL ORDER BY a.due_on""")
                .param("p", childId).query(Action.class).list();
    }

    public List<Supervision> of(PersonId childId) {
        return jdbc.sql("""
                SELECT s.id, s.held_on, w.display_name AS worker, v.display_name AS supervisor, s.working_well, s.worries,
                       s.child_would_say, s.decisions,
                       (SELECT count(*) FROM supervision_action a WHERE a.checked_in = s.id AND a.done) AS actions_done,
                       (SELECT count(*) FROM supervision_action a WHERE a.checked_in = s.id AND NOT a.done) AS actions_not_done
                FROM supervision s JOIN report_staff w ON w.id = s.worker_id JOIN report_staff v ON v.id = s.supervisor_id
                WHERE s.person_id = :p ORDER BY s.held_on DESC, s.recorded_at DESC""")
                .param("p", childId).query(Supervision.class).list();
    }

    /** A worker's supervision across all their cases, latest first: supervision is recorded on the worker too. */
    /** A worker's supervisions across their cases, leaving out restricted records not naming the viewer. */
    public List<WorkerSupervision> ofWorker(UUID workerId, StaffMember viewer) {
        return restrictions.shown(viewer, "Supervision record", jdbc.sql("""
                SELECT s.person_id, s.held_on, v.display_name AS supervisor, s.decisions,
                       (SELECT count(*) FROM supervision_action a WHERE a.supervision_id = s.id AND a.checked_in IS NULL)
                           AS open_actions
                FROM supervision s JOIN report_staff v ON v.id = s.supervisor_id
                WHERE s.worker_id = :w ORDER BY s.held_on DESC, s.recorded_at DESC LIMIT 100""")
                .param("w", workerId).query(WorkerSupervision.class).list(), WorkerSupervision::personId);
    }

    public record WorkerSupervision(PersonId personId, LocalDate heldOn, String supervisor, String decisions,
                                    long openActions) {
    }

    public record Action(UUID id, String action, String owner, LocalDate dueOn, LocalDate setOn) {
    }

    public record Supervision(UUID id, LocalDate heldOn, String worker, String supervisor, String workingWell,
                              String worries, String childWouldSay, String decisions, long actionsDone,
                              long actionsNotDone) {
    }

    /** Supervision is the worker's manager's: anyone else is refused, not corrected. */
    static void requireManager(PersonId childId, StaffMember supervisor) {
        if (!supervisor.role().managesCases()) {
            throw new AccessDenied(childId, false);
        }
    }
}
