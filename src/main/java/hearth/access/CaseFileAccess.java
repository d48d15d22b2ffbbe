package hearth.access;

import hearth.audit.AuditTrail;
import hearth.platform.PersonId;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides whether a member of staff may open a child's record: deny unless their role
 * and a relationship to the child allow it. Every attempt to open a record, allowed or
 * not, is written to the audit trail.
 */
@Service
public class CaseFileAccess {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CaseFileAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Decision decide(StaffMember staff, PersonId personId) {
        if (isRestricted(personId)) {
            return isNamedOnRestriction(staff, personId) ? Decision.ALLOWED : Decision.DENIED;
        }
        return switch (staff.role()) {
            case PARTNER_REFERRER, PERFORMANCE_OFFICER -> Decision.DENIED;
            case HEAD_OF_SERVICE -> Decision.ALLOWED;
            case OUT_OF_HOURS_WORKER, SYSTEM_ADMINISTRATOR -> Decision.REASON_REQUIRED;
            default -> hasWorkingRelationship(staff, personId) ? Decision.ALLOWED : Decision.DENIED;
        };
    }

    /**
     * Opens a record for viewing or changing, auditing the attempt.
     *
     * @param reason the reason stated by users who must give one, or null
     * @throws AccessDenied when the user may not, or must first state a reason
     */
    public void open(StaffMember staff, PersonId personId, String action, String reason) {
        enforce(staff, personId, action, reason, decide(staff, personId));
    }

    /**
     * Applies a decision made elsewhere (an adult's record follows their children's) with the
     * same auditing and refusal as {@link #open}.
     */
    public void enforce(StaffMember staff, PersonId personId, String action, String reason, Decision decision) {
        enforce(staff, personId, action, reason, decision, null);
    }

    /**
     * Opens a record to export it: the export is made only when allowed, and its one audit
     * entry names what was sent (scope, rows, checksum) instead of a bare "opened".
     *
     * @return the bytes to send
     */
    public byte[] export(StaffMember staff, PersonId personId, String action, String reason,
                         Supplier<AuditTrail.Export> export) {
        Decision decision = decide(staff, personId);
        if (!isAllowed(decision, reason)) {
            enforce(staff, personId, action, reason, decision);
        }
        AuditTrail.Export made = export.get();
        enforce(staff, personId, action, reason, decision, made.detail());
        return made.content();
    }

    private void enforce(StaffMember staff, PersonId personId, String action, String reason, Decision decision,
                         String detail) {
        boolean allowed = isAllowed(decision, reason);
        audit.record(new AuditTrail.Entry(staff.id(), staff.username(), action, personId, detail,
                isGiven(reason) ? reason : null, allowed));
        if (!allowed) {
            throw new AccessDenied(personId, decision == Decision.REASON_REQUIRED);
        }
    }

    private static boolean isAllowed(Decision decision, String reason) {
        return decision == Decision.ALLOWED || decision == Decision.REASON_REQUIRED && isGiven(reason);
    }

    private static boolean isGiven(String reason) {
        return reason != null && !reason.isBlank();
    }

    public boolean isRestricted(PersonId personId) {
        return jdbc.sql("SELECT count(*) FROM record_restriction WHERE person_id = :id")
                .param("id", personId).query(Integer.class).single() > 0;
    }

    private boolean isNamedOnRestriction(StaffMember staff, PersonId personId) {
        return jdbc.sql("SELECT count(*) FROM record_restriction_user WHERE person_id = :p AND user_id = :u")
                .param("p", personId).param("u", staff.id()).query(Integer.class).single() > 0;
    }

    private boolean hasWorkingRelationship(StaffMember staff, PersonId personId) {
        return jdbc.sql("""
                SELECT count(*) FROM access_relationship
                WHERE person_id = :p AND ended_at IS NULL AND (user_id = :u OR team_id = :t)""")
                .param("p", personId).param("u", staff.id()).param("t", staff.teamId())
                .query(Integer.class).single() > 0;
    }

    public enum Decision { ALLOWED, REASON_REQUIRED, DENIED }
}
