package hearth.access;

import hearth.audit.AuditTrail;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricts a child's record to named users, for example a member of staff's own family. A
 * team manager or head of service who can open the record restricts it, naming themselves
 * among those who may see it; after that only a user named on it may change who is named or
 * lift it. Every step states a reason and is audited with what changed. Each change names the
 * version it was made from, so two people at once cannot both win.
 */
@Service
public class RecordRestrictions {

    private final JdbcClient jdbc;
    private final CaseFileAccess access;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    RecordRestrictions(JdbcClient jdbc, CaseFileAccess access, Staff staff, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The restriction on a child's record, if any. */
    public Optional<Restriction> of(PersonId personId) {
        return jdbc.sql("""
                SELECT r.person_id, r.reason, u.display_name AS restricted_by, r.restricted_at, r.version
                FROM record_restriction r JOIN staff_user u ON u.id = r.restricted_by WHERE r.person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> new Restriction(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("reason"),
                        rs.getString("restricted_by"), rs.getTimestamp("restricted_at").toInstant(),
                        rs.getInt("version"), named(personId)))
                .optional();
    }

    /** Whether this user may restrict an unrestricted record: a team manager or head of service who can open it. */
    public boolean mayRestrict(StaffMember by, PersonId personId) {
        return (by.role() == Role.TEAM_MANAGER || by.role() == Role.HEAD_OF_SERVICE)
                && access.decide(by, personId) == CaseFileAccess.Decision.ALLOWED;
    }

    @Transactional
    public void restrict(PersonId personId, String reason, StaffMember by, Collection<UUID> namedUsers) {
        restrict(personId, reason, by, new Naming(namedUsers, null));
    }

    @Transactional
    public void restrict(PersonId personId, String reason, StaffMember by, Naming naming) {
        if (!mayRestrict(by, personId)) {
            throw new AccessDenied(personId, false);
        }
        Set<UUID> named = checked(reason, by, naming);
        int inserted = jdbc.sql("""
                INSERT INTO record_restriction (person_id, reason, restricted_by, restricted_at)
                VALUES (:p, :reason, :by, :at) ON CONFLICT (person_id) DO NOTHING""")
                .param("p", personId).param("reason", reason.strip()).param("by", by.id())
                .param("at", Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new ConcurrentEdit("The restriction on this record");
        }
        name(personId, named);
        record(by, "RESTRICT_RECORD", personId, "Named: " + names(named), reason);
    }

    /** Changes who is named, from the version the user read. */
    @Transactional
    public void change(PersonId personId, int version, Naming naming, String reason, StaffMember by) {
        Restriction current = requireNamed(personId, by);
        Set<UUID> named = checked(reason, by, naming);
        bump(personId, version);
        Set<UUID> added = new LinkedHashSet<>(named);
        added.removeAll(current.named());
        Set<UUID> removed = new LinkedHashSet<>(current.named());
        removed.removeAll(named);
        jdbc.sql("DELETE FROM record_restriction_user WHERE person_id = :p").param("p", personId).update();
        name(personId, named);
        record(by, "CHANGE_RESTRICTION", personId, "Added: " + names(added) + "; removed: " + names(removed), reason);
    }

    /** Lifts the restriction, from the version the user read: the record follows the usual rules again. */
    @Transactional
    public void lift(PersonId personId, int version, String reason, StaffMember by) {
        Restriction current = requireNamed(personId, by);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        requireReason(reason, errors, "liftReason", "Enter why the restriction can be lifted");
        errors.throwIfAny();
        int deleted = jdbc.sql("DELETE FROM record_restriction WHERE person_id = :p AND version = :v")
                .param("p", personId).param("v", version).update();
        if (deleted == 0) {
            throw new ConcurrentEdit("The restriction on this record");
        }
        record(by, "LIFT_RESTRICTION", personId, "Were named: " + names(current.named()), reason);
    }


    private Restriction requireNamed(PersonId personId, StaffMember by) {
        Restriction current = of(personId).orElseThrow(() -> new ConcurrentEdit("The restriction on this record"));
        if (!current.named().contains(by.id())) {
            throw new AccessDenied(personId, false);
        }
        return current;
    }

    /** Who is to be named, every problem with the naming and the reason found in one round. */
    private Set<UUID> checked(String reason, StaffMember by, Naming naming) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Set<UUID> named = new LinkedHashSet<>(naming.ticked() == null ? List.of() : naming.ticked());
        for (String username : naming.usernames()) {
            staff.findByUsername(username).filter(RecordRestrictions::mayBeNamed).ifPresentOrElse(
                    m -> named.add(m.id()), () -> errors.add("add", "There is no one who works with children's "
                            + "records with the username " + username));
        }
        if (!named.contains(by.id())) {
            errors.add("named", "Name yourself among the people who may see this record");
        } else if (!named.stream().allMatch(id -> staff.find(id).filter(RecordRestrictions::mayBeNamed).isPresent())) {
            errors.add("named", "Select people from the list");
        }
        requireReason(reason, errors, "reason", "Enter the reason");
        errors.throwIfAny();
        return named;
    }

    private static boolean mayBeNamed(StaffMember member) {
        return member.role().searchesPeople();
    }

    private static void requireReason(String reason, InvalidInput.Errors errors, String field, String missing) {
        if (reason == null || reason.isBlank()) {
            errors.add(field, missing);
        } else if (reason.length() > 2000) {
            errors.add(field, "The reason must be 2,000 characters or fewer");
        }
    }

    private void bump(PersonId personId, int version) {
        int changed = jdbc.sql("UPDATE record_restriction SET version = version + 1 WHERE person_id = :p AND version = :v")
                .param("p", personId).param("v", version).update();
        if (changed == 0) {
            throw new ConcurrentEdit("The restriction on this record");
        }
    }

    private void name(PersonId personId, Set<UUID> named) {
        for (UUID user : named) {
            jdbc.sql("INSERT INTO record_restriction_user (person_id, user_id) VALUES (:p, :u)")
                    .param("p", personId).param("u", user).update();
        }
    }

    private List<UUID> named(PersonId personId) {
        return jdbc.sql("""
                SELECT n.user_id FROM record_restriction_user n JOIN staff_user u ON u.id = n.user_id
                WHERE n.person_id = :p ORDER BY u.display_name, u.id""")
                .param("p", personId).query(UUID.class).list();
    }

    private String names(Collection<UUID> users) {
        return users.isEmpty() ? "nobody" : users.stream()
                .map(id -> staff.find(id).map(m -> m.displayName() + " (" + m.username() + ")").orElse(id.toString()))
                .collect(Collectors.joining(", "));
    }

    private void record(StaffMember by, String action, PersonId personId, String detail, String reason) {
        audit.record(new AuditTrail.Entry(by.id(), by.username(), action, personId, detail, reason.strip(), true));
    }

    /**
     * Who is to be named: those ticked, and others added by username.
     *
     * @param added usernames separated by commas, spaces or new lines; may be null
     */
    public record Naming(Collection<UUID> ticked, String added) {

        List<String> usernames() {
            return added == null ? List.of() : java.util.Arrays.stream(added.split("[,\\s]+"))
                    .filter(u -> !u.isBlank()).toList();
        }
    }

    /** Who restricted a record, why, and who may see it. */
    public record Restriction(PersonId personId, String reason, String restrictedBy, Instant restrictedAt, int version,
                              List<UUID> named) {

        public boolean names(UUID user) {
            return named.contains(user);
        }
    }
}
