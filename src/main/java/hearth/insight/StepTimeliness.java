package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.timeliness.ClockKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the statutory and local steps were done in time: every step Hearth timed that fell
 * due in the period (and by now), met on time, met late, still overdue, or cancelled (a step
 * that was not needed, never counted as met). Decisions within a working day, assessments
 * within 45 working days, initial conferences within 15, reviews and visits: by kind, and the
 * share on time over the last eight quarters. Every child counts; no child is named.
 */
@Service
public class StepTimeliness {

    private static final String BY_KIND = """
            SELECT c.kind,
                   count(*) FILTER (WHERE c.status = 'MET' AND c.completed_at <= c.due_at) AS on_time,
                   count(*) FILTER (WHERE c.status = 'MET' AND c.completed_at > c.due_at) AS late,
                   count(*) FILTER (WHERE c.status = 'OPEN') AS overdue,
                   count(*) FILTER (WHERE c.status = 'CANCELLED') AS cancelled
            FROM report_clock c LEFT JOIN report_child_area ar ON ar.person_id = c.person_id
            WHERE c.due_on BETWEEN :from AND :to AND c.due_at < :now
              AND (CAST(:area AS text) IS NULL OR """ + InsightFilter.IN_THE_AREA + """
              )
              AND """ + InsightFilter.allocatedToTheTeam("c.person_id") + " GROUP BY c.kind";

    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("MMM yyyy");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    StepTimeliness(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** The figures for the filter, for a user who sees figures (managers, performance officers); audited. */
    public Figures figures(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        List<Step> steps = byKind(filter);
        List<Step> overTime = new ArrayList<>();
        for (InsightFilter quarter : filter.quarters()) {
            overTime.add(Step.total(QUARTER.format(quarter.from()) + " to " + QUARTER.format(quarter.to()),
                    byKind(quarter)));
        }
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "VIEW_FIGURES", null,
                "Timeliness of statutory and local steps, " + filter.inWords(), null, true));
        return new Figures(steps, Step.total("Every step", steps), overTime);
    }

    private List<Step> byKind(InsightFilter filter) {
        return jdbc.sql(BY_KIND).param("from", filter.from()).param("to", filter.to())
                .param("now", Timestamp.from(clock.instant())).param("team", filter.teamParameter())
                .param("area", filter.area())
                .query((rs, n) -> new Step(ClockKind.valueOf(rs.getString("kind")).label(),
                        ClockKind.valueOf(rs.getString("kind")).ordinal(), rs.getLong("on_time"), rs.getLong("late"),
                        rs.getLong("overdue"), rs.getLong("cancelled"))).list()
                .stream().sorted(Comparator.comparingInt(Step::order)).toList();
    }

    /**
     * Steps of one kind (or a total) that fell due: met on time, met late, overdue now, and
     * cancelled; the share on time is of those that had to be done (cancelled left out).
     */
    public record Step(String label, int order, long onTime, long late, long overdue, long cancelled) {

        static Step total(String label, List<Step> steps) {
            return new Step(label, Integer.MAX_VALUE, steps.stream().mapToLong(Step::onTime).sum(),
                    steps.stream().mapToLong(Step::late).sum(), steps.stream().mapToLong(Step::overdue).sum(),
                    steps.stream().mapToLong(Step::cancelled).sum());
        }

        public long due() {
            return onTime + late + overdue;
        }

        /** Whole per cent on time; null when none fell due. */
        public Long percentOnTime() {
            return Share.percent(onTime, due());
        }

        public String percentInWords() {
            return percentOnTime() == null ? "-" : percentOnTime() + "%";
        }

        /** The widths of the on-time, late and overdue parts of a bar {@code width} wide. */
        public double part(long count, int width) {
            return due() == 0 ? 0 : (double) count * width / due();
        }
    }

    public record Figures(List<Step> steps, Step total, List<Step> overTime) {

        public List<Step> withTotal() {
            List<Step> rows = new ArrayList<>(steps);
            rows.add(total);
            return rows;
        }
    }
}
