package hearth.casework;

import hearth.platform.PersonId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Figures without names: open work by kind and caseloads by team, for managers and performance officers. */
@Service
public class CaseloadFigures {

    private final JdbcClient jdbc;

    CaseloadFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Figure> openInvolvementsByKind() {
        return jdbc.sql("""
                SELECT kind AS label, count(*) AS value FROM involvement WHERE ended_on IS NULL
                GROUP BY kind ORDER BY count(*) DESC""")
                .query((rs, n) -> new Figure(Involvements.Kind.valueOf(rs.getString("label")).label(), rs.getLong("value")))
                .list();
    }

    /** Open allocations per team and the average per allocated worker, the caseload measure the workforce census uses. */
    public List<TeamCaseload> caseloadsByTeam() {
        return jdbc.sql("""
                SELECT t.name AS team, count(*) AS children, count(DISTINCT a.worker_id) AS workers
                FROM allocation a JOIN report_team t ON t.id = a.team_id
                WHERE a.ended_on IS NULL GROUP BY t.name ORDER BY t.name""")
                .query(TeamCaseload.class).list();
    }

    /** Every open case and the team holding it, for figures across teams such as overdue steps. */
    public List<Held> heldByTeam() {
        return jdbc.sql("""
                SELECT a.person_id, t.name AS team FROM allocation a JOIN report_team t ON t.id = a.team_id
                WHERE a.ended_on IS NULL""")
                .query(Held.class).list();
    }

    public record Held(PersonId personId, String team) {
    }

    public record Figure(String label, long value) {
    }

    public record TeamCaseload(String team, long children, long workers) {

        public double perWorker() {
            return workers == 0 ? 0 : Math.round(10.0 * children / workers) / 10.0;
        }
    }
}
