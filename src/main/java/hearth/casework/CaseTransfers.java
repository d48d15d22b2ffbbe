package hearth.casework;

import hearth.access.AccessDenied;
import hearth.access.RestrictionFilter;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.LatestChange;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a case between teams (assessment to child in need, say) with a written handover,
 * on a clock until the receiving team's manager accepts it and allocates a worker. Until
 * then the sending team keeps the case, so no child is left without a worker.
 */
@Service
public class CaseTransfers {

    private static final String TRANSFER = """
            SELECT t.id, t.person_id, t.from_team_id, f.name AS from_team, t.to_team_id, r.name AS to_team, t.handover,
                   u.display_name AS requested_by, t.requested_at, t.status, t.decline_reason,
                   t.version
            FROM case_transfer t JOIN report_team f ON f.id = t.from_team_id JOIN report_team r ON r.id = t.to_team_id
            JOIN report_staff u ON u.id = t.requested_by
            """;

    private final JdbcClient jdbc;
    private final Allocations allocations;
    private final Staff staff;
    private final Clocks clocks;
    private final Chronology chronology;
    private final RestrictionFilter restrictions;
    private final Clock clock;

    CaseTransfers(JdbcClient jdbc, Allocations allocations, Staff staff, Clocks clocks, Chronology chronology,
                  RestrictionFilter restrictions, Clock clock) {
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.allocations = allocations;
        this.staff = staff;
        this.clocks = clocks;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Transactional
    public TransferId request(PersonId childId, UUID toTeamId, String handover, StaffMember by) {
        Allocations.Allocation held = allocations.current(childId)
                .orElseThrow(() -> InvalidInput.of("toTeamId", "Only an allocated case can be transferred"));
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Optional<Staff.Team> to = toTeamId == null ? Optional.empty() : staff.team(toTeamId);
        if (to.isEmpty() || toTeamId.equals(held.teamId())) {
            errors.add("toTeamId", "Select the team the case is moving to; it cannot be the team that holds it");
        }
        if (handover == null || handover.isBlank()) {
            errors.add("handover", "Write the handover: what the receiving team needs to know and do first");
        }
        if (pending(childId).isPresent()) {
            errors.add("toTeamId", "A transfer of this case is already waiting for the receiving team");
        }
        errors.throwIfAny();
        TransferId id = new TransferId(UUID.randomUUID());
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO case_transfer (id, person_id, from_team_id, to_team_id, handover, requested_by, requested_at,
                    status) VALUES (:id, :p, :from, :to, :handover, :by, :now, 'REQUESTED')""")
                .param("id", id).param("p", childId).param("from", held.teamId()).param("to", toTeamId)
                .param("handover", handover.strip()).param("by", by.id()).param("now", Timestamp.from(now)).update();
        clocks.start(childId, ClockKind.CASE_TRANSFER, ClockSubject.transfer(id), now);
        chronology.record(childId, today(), "Transfer requested", "From " + held.teamName() + " to "
                + to.get().name() + ". Handover: " + handover.strip(), by, sourceRef(id));
        return id;
    }

    /**
     * The receiving team's manager accepts the transfer they saw at {@code version} and allocates;
     * the case moves and the clock is met. The guarded UPDATE comes first, so of two managers
     * deciding at once only one allocates, meets the clock and writes the chronology.
     */
    @Transactional
    public void accept(TransferId transferId, int version, UUID workerId, StaffMember by) {
        Transfer transfer = opened(transferId, version, by);
        decide(transfer, transfer.accept(), null, by);
        allocations.allocate(transfer.personId(), transfer.toTeamId(), workerId, today(), by);
        clocks.complete(ClockKind.CASE_TRANSFER, ClockSubject.transfer(transferId), clock.instant());
        chronology.record(transfer.personId(), today(), "Transfer accepted", transfer.toTeam() + " accepted the case",
                by, sourceRef(transferId));
    }

    /** The receiving team's manager declines the transfer they saw at {@code version}, saying why. */
    @Transactional
    public void decline(TransferId transferId, int version, String reason, StaffMember by) {
        Transfer transfer = opened(transferId, version, by);
        decide(transfer, transfer.decline(reason), reason.strip(), by);
        clocks.cancel(ClockKind.CASE_TRANSFER, ClockSubject.transfer(transferId));
        chronology.record(transfer.personId(), today(), "Transfer declined", transfer.toTeam() + " declined: "
                + reason.strip(), by, sourceRef(transferId));
    }

    /** A case that closes is not transferred: the waiting transfer ends, declined for that reason. */
    @Transactional
    public void withdraw(PersonId childId, String reason, StaffMember by) {
        pending(childId).ifPresent(transfer -> {
            decide(transfer, transfer.decline(reason), reason, by);
            clocks.cancel(ClockKind.CASE_TRANSFER, ClockSubject.transfer(transfer.id()));
        });
    }

    public Optional<Transfer> pending(PersonId childId) {
        return jdbc.sql(TRANSFER + " WHERE t.person_id = :p AND t.status = 'REQUESTED'").param("p", childId)
                .query(Transfer.class).optional();
    }

    /**
     * Transfers waiting for the manager's team to accept them, oldest first. One about a
     * restricted record not naming the manager stays, since it waits for their decision, but as
     * a placeholder without the child or the handover (which may name them).
     */
    public List<Transfer> waitingFor(StaffMember manager) {
        return restrictions.masked(manager, "Transfers waiting", jdbc.sql(TRANSFER
                        + " WHERE t.to_team_id = :team AND t.status = 'REQUESTED' ORDER BY t.requested_at")
                .param("team", manager.teamId()).query(Transfer.class).list(), Transfer::personId, Transfer::restricted);
    }

    /** The transfer as the manager opened it at {@code version}; only a manager of the receiving team decides it. */
    private Transfer opened(TransferId transferId, int version, StaffMember by) {
        Transfer transfer = jdbc.sql(TRANSFER + " WHERE t.id = :id").param("id", transferId)
                .query(Transfer.class).optional()
                .orElseThrow(() -> InvalidInput.of("transfer", "No such transfer"));
        if (!by.role().managesCases() || !by.isIn(transfer.toTeamId())) {
            // Only the receiving team's manager decides: anyone else is refused, not corrected.
            throw new AccessDenied(transfer.personId(), false);
        }
        if (transfer.version() != version) {
            throw lost(transferId);
        }
        return transfer;
    }

    /** The guarded UPDATE: it names the status and version seen, so only one decision of a transfer is stored. */
    private void decide(Transfer transfer, Transfer.Status to, String reason, StaffMember by) {
        ConcurrentEdit.unlessOneRow(jdbc.sql("""
                UPDATE case_transfer SET status = :to, decided_by = :by, decided_at = :now, decline_reason = :reason,
                    changed_by = :by, changed_at = :now, version = version + 1
                WHERE id = :id AND status = :from AND version = :version""")
                .param("to", to.name()).param("by", by.id()).param("now", Timestamp.from(clock.instant()))
                .param("reason", reason).param("id", transfer.id()).param("from", transfer.status().name())
                .param("version", transfer.version()).update(), () -> lost(transfer.id()));
    }

    private ConcurrentEdit lost(TransferId transferId) {
        return LatestChange.lost(jdbc, "This transfer", "case_transfer", "status", transferId,
                code -> Transfer.Status.valueOf(code).label(),
                staff::nameOf);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How the transfer's chronology entries refer back to it. */
    private static String sourceRef(TransferId transferId) {
        return "transfer:" + transferId;
    }

    /**
     * A case on its way between teams: requested, then accepted or declined once. Each
     * transition checks its rule here and says the status it moves to.
     */
    public record Transfer(TransferId id, PersonId personId, UUID fromTeamId, String fromTeam, UUID toTeamId, String toTeam,
                           String handover, String requestedBy, Instant requestedAt, Status status,
                           String declineReason, int version) {

        public enum Status implements Labelled {
            REQUESTED, ACCEPTED, DECLINED;
        }

        Status accept() {
            requireWaiting();
            return Status.ACCEPTED;
        }

        Status decline(String reason) {
            requireWaiting();
            if (reason == null || reason.isBlank()) {
                throw InvalidInput.of("declineReason", "Say why the transfer is declined, so the sending team can act");
            }
            return Status.DECLINED;
        }

        private void requireWaiting() {
            if (status != Status.REQUESTED) {
                throw InvalidInput.of("transfer", "This transfer has already been decided");
            }
        }

        Transfer restricted() {
            return new Transfer(id, null, fromTeamId, fromTeam, toTeamId, toTeam,
                    "The handover is on a restricted record: ask someone named on it.", requestedBy, requestedAt, status,
                    declineReason, version);
        }
    }
}
