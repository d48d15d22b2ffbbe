package hearth.access;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps who has a working reason to see each child, from other capabilities' events.
 * Listening in the publisher's transaction means an allocation and the access it gives
 * commit together: a worker is never allocated a case they cannot open.
 */
@Component
class AccessRelationships {

    private final JdbcClient jdbc;

    AccessRelationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ChildRelationshipStarted event) {
        jdbc.sql("""
                INSERT INTO access_relationship (id, person_id, kind, user_id, team_id, source_ref, started_at)
                VALUES (:id, :person, :kind, :user, :team, :source, :at)""")
                .param("id", UUID.randomUUID()).param("person", event.personId()).param("kind", event.kind().name())
                .param("user", event.userId()).param("team", event.teamId()).param("source", event.sourceRef())
                .param("at", java.sql.Timestamp.from(event.at())).update();
    }

    @EventListener
    void on(ChildRelationshipEnded event) {
        jdbc.sql("UPDATE access_relationship SET ended_at = :at WHERE source_ref = :source AND ended_at IS NULL")
                .param("at", java.sql.Timestamp.from(event.at())).param("source", event.sourceRef()).update();
    }
}
