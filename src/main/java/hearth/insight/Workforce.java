package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The workforce behind the figures, at the period's last day: each worker's caseload, as
 * children and weighted by the kind of work (a child on a protection plan asks more than one
 * in early help; the weights are the council's, {@code hearth.insight.caseload-weight.*}, with
 * defaults in docs/operations.md), by team and worker; the visits made to the team's children in
 * the period, and how many saw the child; supervision on time (children held for the whole
 * supervision interval who had case supervision or management oversight in it); and the
 * children who had three or more social workers in the 12 months to that day. Workers are
 * named; children are only counted.
 */
@Service
public class Workforce {

    /** Each allocated child at the day, with the weight of the heaviest work open then. */
    private static final String CASELOADS = """
            SELECT a.team_id, a.worker_id, count(*) AS children, sum(w.weight) AS weighted
            FROM report_allocation a
            LEFT JOIN report_child_area ar ON ar.person_id = a.person_id
            CROSS JOIN LATERAL (SELECT coalesce(max(CASE i.kind WHEN 'CHILD_PROTECTION' THEN :cp
                    WHEN 'CHILD_IN_NEED' THEN :cin WHEN 'ASSESSMENT' THEN :assessment
                    WHEN 'EARLY_HELP' THEN :earlyHelp END), :allocated) AS weight
                FROM report_involvement i WHERE i.person_id = a.person_id AND i.started_on <= :to
                  AND (i.ended_on IS NULL OR i.ended_on > :to)) w
            WHERE a.started_on <= :to AND (a.ended_on IS NULL OR a.ended_on > :to)
              AND (CAST(:team AS uuid) IS NULL OR a.team_id = CAST(:team AS uuid))
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY + """
            GROUP BY a.team_id, a.worker_id""";

    /** Visits in the period to children allocated to the team on the day of the visit. */
    private static final String VISITS = """
            SELECT a.team_id, count(*) AS visits, count(*) FILTER (WHERE v.child_seen) AS seen
            FROM report_visit v
            JOIN report_allocation a ON a.person_id = v.person_id AND a.started_on <= v.visited_on
                 AND (a.ended_on IS NULL OR a.ended_on > v.visited_on)
            LEFT JOIN report_child_area ar ON ar.person_id = v.person_id
            WHERE v.visited_on BETWEEN :from AND :to
              AND (CAST(:team AS uuid) IS NULL OR a.team_id = CAST(:team AS uuid))
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY + """
            GROUP BY a.team_id""";

    /** Children allocated at the day who had three or more workers in the 12 months to it, with their team then. */
    private static final String MANY_WORKERS_CHILDREN = """
            SELECT now_with.team_id, now_with.person_id, coalesce(ar.postcode_district, '') AS district, w.workers
            FROM report_allocation now_with
            LEFT JOIN report_child_area ar ON ar.person_id = now_with.person_id
            CROSS JOIN LATERAL (SELECT count(DISTINCT a.worker_id) AS workers FROM report_allocation a
                WHERE a.person_id = now_with.person_id AND a.worker_id IS NOT NULL AND a.started_on <= :to
                  AND (a.ended_on IS NULL OR a.ended_on > :to - interval '12 months')) w
            WHERE now_with.started_on <= :to AND (now_with.ended_on IS NULL OR now_with.ended_on > :to)
              AND (CAST(:team AS uuid) IS NULL OR now_with.team_id = CAST(:team AS uuid))
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY + " AND w.workers >= 3";

    private static final String MANY_WORKERS = "SELECT team_id, count(*) AS children FROM (" + MANY_WORKERS_CHILDREN
            + ") m GROUP BY team_id";

    /**
     * Children allocated at the day, held since before the supervision interval began, with the
     * last case supervision or management oversight to the day, as the team manager's home counts them.
     */
    private static final String SUPERVISION_DUE = """
            SELECT a.team_id, a.person_id, coalesce(ar.postcode_district, '') AS district,
                   (SELECT max(o.on_day) FROM report_case_oversight o WHERE o.person_id = a.person_id
                      AND o.on_day <= :to) AS last_on
            FROM report_allocation a
            LEFT JOIN report_child_area ar ON ar.person_id = a.person_id
            WHERE a.started_on <= :since AND (a.ended_on IS NULL OR a.ended_on > :to)
              AND (CAST(:team AS uuid) IS NULL OR a.team_id = CAST(:team AS uuid))
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY;

    private static final String SUPERVISED = "SELECT team_id, count(*) AS due, count(*) FILTER (WHERE last_on >= :since)"
            + " AS supervised FROM (" + SUPERVISION_DUE + ") d GROUP BY team_id";

    private static final String MANY_WORKERS_LIST = "SELECT person_id, district, workers || ' social workers in the"
            + " 12 months' AS detail, count(*) OVER () AS found FROM (" + MANY_WORKERS_CHILDREN + ") m"
            + " ORDER BY workers DESC, person_id LIMIT :limit";

    private static final String NOT_SUPERVISED_LIST = "SELECT person_id, district, CASE WHEN last_on IS NULL THEN"
            + " 'No supervision or oversight recorded' ELSE 'Last supervision or oversight ' || to_char(last_on,"
            + " 'FMDD Mon YYYY') END AS detail, count(*) OVER () AS found FROM (" + SUPERVISION_DUE + ") d"
            + " WHERE last_on IS NULL OR last_on < :since ORDER BY last_on NULLS FIRST, person_id LIMIT :limit";

    private final JdbcClient jdbc;
    private final Staff staff;
    private final AuditTrail audit;
    private final Map<String, Double> weights;
    private final int supervisionWeeks;
    private final FigureChildren children;

    Workforce(JdbcClient jdbc, Staff staff, AuditTrail audit, FigureChildren children,
              @Value("${hearth.insight.caseload-weight.child-protection:1.5}") double childProtection,
              @Value("${hearth.insight.caseload-weight.child-in-need:1.0}") double childInNeed,
              @Value("${hearth.insight.caseload-weight.assessment:1.0}") double assessment,
              @Value("${hearth.insight.caseload-weight.early-help:0.5}") double earlyHelp,
              @Value("${hearth.insight.caseload-weight.allocated:1.0}") double allocated,
              @Value("${hearth.oversight.weeks:6}") int supervisionWeeks) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.weights = Map.of("cp", childProtection, "cin", childInNeed, "assessment", assessment,
                "earlyHelp", earlyHelp, "allocated", allocated);
        this.supervisionWeeks = supervisionWeeks;
        this.children = children;
    }

    /** The figures whose children can be listed. */
    public enum Listed {
        MANY_WORKERS, NOT_SUPERVISED
    }

    /** The children behind a team's (or every team's) count, for a user who sees figures. */
    public FigureChildren.ChildrenBehind children(InsightFilter filter, Listed figure, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        return figure == Listed.MANY_WORKERS
                ? children.list("Children with three or more social workers in 12 months", filter, MANY_WORKERS_LIST,
                        Map.of(), viewer)
                : children.list("Children not supervised in the last " + supervisionWeeks + " weeks", filter,
                        NOT_SUPERVISED_LIST, Map.of("since", filter.to().minusWeeks(supervisionWeeks)), viewer);
    }

    /** The figures for the filter, for a user who sees figures (managers, performance officers); audited. */
    public Figures figures(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        Map<UUID, String> teamNames = new LinkedHashMap<>();
        staff.teams().forEach(t -> teamNames.put(t.id(), t.name()));
        List<Caseload> workers = caseloads(filter);
        Map<UUID, StaffMember> named = staff.findAll(workers.stream().map(Caseload::worker)
                .filter(java.util.Objects::nonNull).toList());
        Map<UUID, long[]> visits = byTeam(VISITS, filter, "visits", "seen");
        Map<UUID, long[]> many = byTeam(MANY_WORKERS, filter, "children", null);
        Map<UUID, long[]> supervised = byTeam(SUPERVISED, filter, "due", "supervised");
        Map<UUID, Team> teams = new LinkedHashMap<>();
        for (Caseload c : workers) {
            teams.computeIfAbsent(c.team(), id -> new Team(teamNames.getOrDefault(id, "Unknown team")))
                    .add(c, named.containsKey(c.worker()) ? named.get(c.worker()).displayName() : "Not allocated to a worker");
        }
        visits.keySet().forEach(id -> teams.computeIfAbsent(id, t -> new Team(teamNames.getOrDefault(t, "Unknown team"))));
        teams.forEach((id, team) -> {
            long[] v = visits.getOrDefault(id, new long[2]);
            team.visits = v[0];
            team.seen = v[1];
            team.manyWorkers = many.getOrDefault(id, new long[1])[0];
            long[] s = supervised.getOrDefault(id, new long[2]);
            team.supervisionDue = s[0];
            team.supervised = s[1];
        });
        List<Team> rows = teams.values().stream().sorted(Comparator.comparing(Team::name)).toList();
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "VIEW_FIGURES", null,
                "Workforce: caseloads, visits, supervision and changes of worker, " + filter.inWords(), null, true));
        return new Figures(rows, Team.total(rows), weights, supervisionWeeks);
    }

    private List<Caseload> caseloads(InsightFilter filter) {
        return jdbc.sql(CASELOADS).param("to", filter.to()).param("team", filter.teamParameter())
                .param("area", filter.area()).params(weights)
                .query((rs, n) -> new Caseload(rs.getObject("team_id", UUID.class), rs.getObject("worker_id", UUID.class),
                        rs.getLong("children"), rs.getDouble("weighted"))).list();
    }

    private Map<UUID, long[]> byTeam(String sql, InsightFilter filter, String first, String second) {
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("from", filter.from()).param("to", filter.to())
                .param("since", filter.to().minusWeeks(supervisionWeeks)).param("team", filter.teamParameter())
                .param("area", filter.area()).query(rs -> {
                    counts.put(rs.getObject("team_id", UUID.class), new long[] {rs.getLong(first),
                        second == null ? 0 : rs.getLong(second)});
                });
        return counts;
    }

    private record Caseload(UUID team, UUID worker, long children, double weighted) {
    }

    /** One worker's caseload at the day. */
    public record Worker(String name, long children, double weighted) {
    }

    /** A team's caseload at the day, its workers, its visits in the period, and its children with many workers. */
    public static final class Team {
        private final String name;
        private final List<Worker> workers = new ArrayList<>();
        private long visits;
        private long seen;
        private long manyWorkers;
        private long supervisionDue;
        private long supervised;

        Team(String name) {
            this.name = name;
        }

        void add(Caseload caseload, String worker) {
            workers.add(new Worker(worker, caseload.children(), caseload.weighted()));
            workers.sort(Comparator.comparing(Worker::name));
        }

        static Team total(List<Team> teams) {
            Team total = new Team("Every team");
            teams.forEach(t -> {
                total.workers.addAll(t.workers);
                total.visits += t.visits;
                total.seen += t.seen;
                total.manyWorkers += t.manyWorkers;
                total.supervisionDue += t.supervisionDue;
                total.supervised += t.supervised;
            });
            return total;
        }

        public String name() {
            return name;
        }

        public List<Worker> workers() {
            return workers;
        }

        public long children() {
            return workers.stream().mapToLong(Worker::children).sum();
        }

        /** Weighted caseload, to one decimal place. */
        public double weighted() {
            return Math.round(workers.stream().mapToDouble(Worker::weighted).sum() * 10) / 10.0;
        }

        /** Workers holding at least one child (unallocated children held by the team not counted as a worker). */
        public long holdingWorkers() {
            return workers.stream().filter(w -> !w.name().equals("Not allocated to a worker")).count();
        }

        /** Weighted caseload per worker holding cases, to one decimal place; null with none. */
        public Double weightedPerWorker() {
            return holdingWorkers() == 0 ? null : Math.round(weighted() * 10 / holdingWorkers()) / 10.0;
        }

        public long visits() {
            return visits;
        }

        public long seen() {
            return seen;
        }

        public long manyWorkers() {
            return manyWorkers;
        }

        /** Children held for the whole supervision interval to the day, who were due supervision in it. */
        public long supervisionDue() {
            return supervisionDue;
        }

        /** Of those, the children with case supervision or management oversight in the interval. */
        public long supervised() {
            return supervised;
        }

        /** Supervision on time as a whole per cent; null when no child was due. */
        public Long supervisedPercent() {
            return Share.percent(supervised, supervisionDue);
        }
    }

    /**
     * @param weights the weight of each kind of work the figures were made with, to show beside them
     * @param supervisionWeeks the council's supervision interval ({@code hearth.oversight.weeks})
     */
    public record Figures(List<Team> teams, Team total, Map<String, Double> weights, int supervisionWeeks) {

        /** The scale of the chart: the highest weighted caseload per worker, above zero. */
        public double highestPerWorker() {
            return teams.stream().map(Team::weightedPerWorker).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0) + 0.1;
        }
    }
}
