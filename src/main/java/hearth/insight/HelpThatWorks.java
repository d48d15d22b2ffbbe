package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.planning.MeetingRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether help works, for the children of the filter: whether the neglect tool's overall grade
 * (the average of its items, lower is better) at each child's latest completion in the period
 * is better than at their first in it; how the outcomes of plans stood at their latest review
 * in the period (met, progressing, not progressing); and how many children starting a plan in
 * the period had ended a plan of the same kind in the two years before (a return to a plan).
 * Every child counts; the figures name no child, and the lists behind them name each child only
 * through the restriction filter.
 */
@Service
public class HelpThatWorks {

    private static final String SCOPE = """
            (CAST(:area AS text) IS NULL OR EXISTS (SELECT 1 FROM report_child_area ar
                WHERE ar.person_id = %1$s AND """ + InsightFilter.IN_THE_AREA + """
                ))
            AND """;

    /** Each child with two or more neglect tool completions in the period: the first grade and the latest. */
    private static final String GRADED = """
            WITH graded AS (
                SELECT t.person_id,
                       (array_agg(t.overall_grade ORDER BY t.completed_on, t.id))[1] AS first_grade,
                       (array_agg(t.overall_grade ORDER BY t.completed_on DESC, t.id DESC))[1] AS latest_grade
                FROM report_neglect_tool t
                WHERE t.completed_on BETWEEN :from AND :to AND %s
                GROUP BY t.person_id HAVING count(*) >= 2)
            """.formatted(SCOPE.formatted("t.person_id") + InsightFilter.allocatedToTheTeam("t.person_id"));

    private static final String NEGLECT = GRADED + """
            SELECT count(*) FILTER (WHERE latest_grade < first_grade) AS better,
                   count(*) FILTER (WHERE latest_grade = first_grade) AS same,
                   count(*) FILTER (WHERE latest_grade > first_grade) AS worse
            FROM graded""";

    private static final String GRADED_LIST = GRADED + """
            SELECT g.person_id, coalesce(ar.postcode_district, '') AS district,
                   CASE WHEN g.latest_grade < g.first_grade THEN 'Better' WHEN g.latest_grade = g.first_grade
                        THEN 'The same' ELSE 'Worse' END || ': ' || to_char(g.first_grade, 'FM0.0') || ' at the first, '
                   || to_char(g.latest_grade, 'FM0.0') || ' at the latest' AS detail, count(*) OVER () AS found
            FROM graded g LEFT JOIN report_child_area ar ON ar.person_id = g.person_id
            ORDER BY g.latest_grade - g.first_grade, g.person_id LIMIT :limit""";

    /** A plan's kind in words, from the column holding its code. */
    private static final String PLAN_IN_WORDS = "CASE %s WHEN 'CHILD_PROTECTION' THEN 'Child protection plan'"
            + " ELSE 'Child in need plan' END";

    /** Each plan outcome's progress at the latest meeting in the period that recorded it. */
    private static final String LATEST_PROGRESS = """
            WITH latest AS (
                SELECT DISTINCT ON (o.outcome_id) o.outcome_id, o.person_id, o.plan_kind, o.held_on, o.progress
                FROM report_outcome_progress o
                WHERE o.held_on BETWEEN :from AND :to AND %s
                ORDER BY o.outcome_id, o.held_on DESC)
            """.formatted(SCOPE.formatted("o.person_id") + InsightFilter.allocatedToTheTeam("o.person_id"));

    private static final String OUTCOMES = LATEST_PROGRESS + """
            SELECT count(*) FILTER (WHERE progress = 'MET') AS met,
                   count(*) FILTER (WHERE progress = 'PROGRESSING') AS progressing,
                   count(*) FILTER (WHERE progress = 'NOT_PROGRESSING') AS not_progressing
            FROM latest""";

    /**
     * The outcomes whose latest progress is {@code :progress}, one row each (a child with two such
     * outcomes is listed twice, as the figure counts them), the earliest meeting first. The detail
     * names the plan and the meeting, not the outcome's words: the reporting view holds none, and
     * a restricted child's row shows its detail.
     */
    private static final String OUTCOMES_LIST = LATEST_PROGRESS + "SELECT l.person_id,"
            + " coalesce(ar.postcode_district, '') AS district, " + PLAN_IN_WORDS.formatted("l.plan_kind")
            + " || '; its latest progress at the meeting on ' || to_char(l.held_on, 'FMDD Mon YYYY') AS detail,"
            + " count(*) OVER () AS found FROM latest l LEFT JOIN report_child_area ar ON ar.person_id = l.person_id"
            + " WHERE l.progress = :progress ORDER BY l.held_on, l.person_id, l.outcome_id LIMIT :limit";

    /** Each plan started in the period, and when the child's last plan of the kind ended in the two years before. */
    private static final String STARTED = """
            SELECT p.person_id, p.kind, p.started_on,
                   (SELECT max(e.ended_on) FROM report_plan e WHERE e.person_id = p.person_id AND e.kind = p.kind
                       AND e.id <> p.id AND e.ended_on IS NOT NULL AND e.ended_on <= p.started_on
                       AND e.ended_on >= p.started_on - interval '2 years') AS last_ended
            FROM report_plan p
            WHERE p.started_on BETWEEN :from AND :to AND %s""".formatted(SCOPE.formatted("p.person_id")
            + InsightFilter.allocatedToTheTeam("p.person_id"));

    private static final String RETURNS = "SELECT kind, count(*) AS started, count(last_ended) AS returned FROM ("
            + STARTED + ") p GROUP BY kind ORDER BY kind";

    private static final String RETURNS_LIST = "SELECT p.person_id, coalesce(ar.postcode_district, '') AS district,"
            + " " + PLAN_IN_WORDS.formatted("p.kind") + " || ' from ' || to_char(p.started_on, 'FMDD Mon YYYY')"
            + " || '; the last ended ' || to_char(p.last_ended, 'FMDD Mon YYYY') AS detail, count(*) OVER () AS found"
            + " FROM (" + STARTED + ") p LEFT JOIN report_child_area ar ON ar.person_id = p.person_id"
            + " WHERE p.last_ended IS NOT NULL ORDER BY p.started_on, p.person_id LIMIT :limit";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final FigureChildren children;

    HelpThatWorks(JdbcClient jdbc, AuditTrail audit, FigureChildren children) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.children = children;
    }

    /** The children with two or more neglect tool completions in the period, the most improved first. */
    public FigureChildren.ChildrenBehind graded(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        return children.list("Children whose neglect tool was completed twice or more", filter, GRADED_LIST,
                Map.of(), viewer);
    }

    /** The children whose plan started in the period within two years of the end of their last of the kind. */
    public FigureChildren.ChildrenBehind returnedToAPlan(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        return children.list("Children who returned to a plan within two years", filter, RETURNS_LIST, Map.of(),
                viewer);
    }

    /** The plan outcomes whose latest progress recorded in the period was {@code progress}, and their children. */
    public FigureChildren.ChildrenBehind outcomes(InsightFilter filter, MeetingRecord.Progress progress,
                                                  StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        return children.list("Plan outcomes " + progress.label().toLowerCase(Locale.ROOT), filter, OUTCOMES_LIST,
                        Map.of("progress", progress.name()), viewer)
                .withDetails(UnaryOperator.identity(), "outcome", "outcomes");
    }

    /** The figures for the filter, for a user who sees figures (managers, performance officers); audited. */
    public Figures figures(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        Grades grades = query(NEGLECT, filter).query((rs, n) -> new Grades(rs.getLong("better"), rs.getLong("same"),
                rs.getLong("worse"))).single();
        Outcomes outcomes = query(OUTCOMES, filter).query((rs, n) -> new Outcomes(rs.getLong("met"),
                rs.getLong("progressing"), rs.getLong("not_progressing"))).single();
        List<Returns> returns = query(RETURNS, filter).query((rs, n) -> new Returns(
                "CHILD_PROTECTION".equals(rs.getString("kind")) ? "Child protection plans" : "Child in need plans",
                rs.getLong("started"), rs.getLong("returned"))).list();
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "VIEW_FIGURES", null,
                "Whether help works, " + filter.inWords(), null, true));
        return new Figures(grades, outcomes, returns);
    }

    private JdbcClient.StatementSpec query(String sql, InsightFilter filter) {
        return jdbc.sql(sql).param("from", filter.from()).param("to", filter.to())
                .param("team", filter.teamParameter()).param("area", filter.area());
    }

    /** Children with two or more neglect tool completions in the period, by how their latest compares with their first. */
    public record Grades(long better, long same, long worse) {
        public long children() {
            return better + same + worse;
        }

        public Long percentBetter() {
            return Share.percent(better, children());
        }
    }

    /** Plan outcomes by their latest progress recorded in the period. */
    public record Outcomes(long met, long progressing, long notProgressing) {
        public long count(MeetingRecord.Progress progress) {
            return switch (progress) {
                case MET -> met;
                case PROGRESSING -> progressing;
                case NOT_PROGRESSING -> notProgressing;
            };
        }

        public long total() {
            return met + progressing + notProgressing;
        }

        public Long percentMet() {
            return Share.percent(met, total());
        }
    }

    /** Plans of a kind started in the period, and those for children who ended one of that kind in the two years before. */
    public record Returns(String label, long started, long returned) {
        public Long percentReturned() {
            return Share.percent(returned, started);
        }
    }

    public record Figures(Grades grades, Outcomes outcomes, List<Returns> returns) {
    }
}
