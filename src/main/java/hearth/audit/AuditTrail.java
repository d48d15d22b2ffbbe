package hearth.audit;

import hearth.platform.London;
import hearth.platform.PersonId;
import hearth.platform.Words;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who viewed, searched or changed a child's record, when and
 * from where. The database refuses updates and deletes of it.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Written in its own transaction so that a refused or failed action is still on record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Entry entry) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, user_id, username, action, person_id, detail, reason, remote_addr, allowed)
                VALUES (:at, :user, :username, :action, :person, :detail, :reason, :addr, :allowed)""")
                .param("at", Timestamp.from(clock.instant())).param("user", entry.userId())
                .param("username", entry.username()).param("action", entry.action())
                .param("person", entry.personId()).param("detail", entry.detail()).param("reason", entry.reason())
                .param("addr", remoteAddress()).param("allowed", entry.allowed()).update();
    }

    /**
     * Writes many entries in one statement, for a list that shows many children at once; in
     * its own transaction for the same reason as {@link #record}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO audit_entry (at, user_id, username, action, person_id, detail, reason, remote_addr, allowed)
                SELECT :at, CAST(e.user_id AS uuid), e.username, e.action, CAST(e.person_id AS uuid), e.detail, e.reason,
                    :addr, CAST(e.allowed AS boolean)
                FROM unnest(CAST(:users AS text[]), CAST(:usernames AS text[]), CAST(:actions AS text[]),
                    CAST(:people AS text[]), CAST(:details AS text[]), CAST(:reasons AS text[]),
                    CAST(:allowed AS text[])) AS e(user_id, username, action, person_id, detail, reason, allowed)""")
                .param("at", Timestamp.from(clock.instant())).param("addr", remoteAddress())
                .param("users", column(entries, e -> e.userId())).param("usernames", column(entries, Entry::username))
                .param("actions", column(entries, Entry::action)).param("people", column(entries, Entry::personId))
                .param("details", column(entries, Entry::detail)).param("reasons", column(entries, Entry::reason))
                .param("allowed", column(entries, Entry::allowed)).update();
    }

    private static String[] column(List<Entry> entries, java.util.function.Function<Entry, Object> value) {
        return entries.stream().map(value).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }

    public List<Recorded> forPerson(PersonId personId, int limit) {
        return jdbc.sql("""
                SELECT (at AT TIME ZONE :zone) AS at, username, action, detail, reason, remote_addr, allowed,
                       changes::text AS changes FROM audit_entry
                WHERE person_id = :p ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("p", personId).param("limit", limit).param("zone", London.ZONE.getId()).query(Recorded.class).list();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "command line";
    }

    /** What happened: action is a verb such as VIEW_CASE_FILE, SEARCH, CHANGE_PERSON, EXPORT_CHRONOLOGY. */
    public record Entry(UUID userId, String username, String action, PersonId personId, String detail, String reason,
                        boolean allowed) {
    }

    /** An export's one entry: what it covered, how many rows and the SHA-256 of the bytes sent. */
    public record Export(String scope, int rows, byte[] content) {

        public String detail() {
            return scope + "; " + rows + " rows; SHA-256 " + Sha256.hex(content);
        }
    }

    /** @param changes for a change made to the record, the JSON the database wrote (see ChangeInWords) */
    public record Recorded(java.time.LocalDateTime at, String username, String action, String detail, String reason,
                           String remoteAddr, boolean allowed, String changes) {

        private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        /** "Opened the case file" for VIEW_CASE_FILE: the words of labels.properties, or the code made readable. */
        public String actionInWords() {
            return Words.forCode("hearth.audit.action", action);
        }

        /** Where the entry came from: this computer when the request came from it, else its address. */
        public String fromInWords() {
            return loopback(remoteAddr) ? "This computer (local)" : remoteAddr;
        }

        private static boolean loopback(String address) {
            return address != null && (address.startsWith("127.") || address.equals("::1")
                    || address.equals("0:0:0:0:0:0:0:1"));
        }

        /** "surname: Smith to Smyth" for an edit, the new record's fields for an addition. */
        public List<String> changesInWords() {
            return ChangeInWords.of(action, changes);
        }

        /** Everyone the stored change names by id (a relative, the person a chronology entry is about). */
        public List<PersonId> namedPeople() {
            return changes == null ? List.of()
                    : ID.matcher(changes).results().map(m -> PersonId.of(m.group())).toList();
        }

        /** The entry without what changed, for a viewer who may not see someone the change names. */
        public Recorded withoutChanges() {
            return new Recorded(at, username, action, detail + " (what changed names a restricted record)", reason,
                    remoteAddr, allowed, null);
        }
    }
}
