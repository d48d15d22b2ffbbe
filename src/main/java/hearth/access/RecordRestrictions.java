package hearth.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Restricts a child's record to named users, for example a member of staff's own family. */
@Service
public class RecordRestrictions {

    private final JdbcClient jdbc;

    RecordRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void restrict(UUID personId, String reason, StaffMember by, Collection<UUID> namedUsers) {
        jdbc.sql("""
                INSERT INTO record_restriction (person_id, reason, restricted_by, restricted_at)
                VALUES (:p, :reason, :by, :at)
                ON CONFLICT (person_id) DO UPDATE SET reason = EXCLUDED.reason""")
                .param("p", personId).param("reason", reason).param("by", by.id())
                .param("at", Timestamp.from(Instant.now())).update();
        for (UUID user : namedUsers) {
            jdbc.sql("INSERT INTO record_restriction_user (person_id, user_id) VALUES (:p, :u) ON CONFLICT DO NOTHING")
                    .param("p", personId).param("u", user).update();
        }
    }
}
