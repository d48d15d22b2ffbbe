package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.InvalidInput;
import hearth.timeliness.ClockKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the statutory and local steps were done in time: every step Hearth timed that fell
 * due in the period (and by now), met on time, met late, still overdue, or cancelled (a step
 * that was not needed, never counted as met). Decisions within a working day, assessments
 * within 45 working days, initial conferences within 15, reviews and visits: by kind, and the
 * share on time over the last eight quarters. Every child counts; the figures name no child, and
 * the lists of the steps behind them (met on time, met late, overdue; of a kind or of every kind)
 * name each child only through the restriction filter.
 */
@Service
public class StepTimeliness {

    /** The steps that fell due in the period, and by now. */
    private static final String DUE = """
            FROM report_clock c LEFT JOIN report_child_area ar ON ar.person_id = c.person_id
            WHERE c.due_on BETWEEN :from AND :to AND c.due_at < :now
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY + " AND " + InsightFilter.allocatedToTheTeam("c.person_id");

    private static final String BY_KIND = "SELECT c.kind, count(*) FILTER (WHERE " + Timing.ON_TIME.test
            + ") AS on_time, count(*) FILTER (WHERE " + Timing.LATE.test + ") AS late, count(*) FILTER (WHERE "
            + Timing.OVERDUE.test + ") AS overdue, count(*) FILTER (WHERE c.status = 'CANCELLED') AS cancelled "
            + DUE + " GROUP BY c.kind";

    /**
     * The steps of the kind {@code :kind} (every kind when null) that fell due in the period
     * with one timing, the earliest due first; the detail is the kind's code, then when the step
     * was due and when it was done. Built from {@link #DUE} and the timing's test, as the figures
     * are, so a list holds exactly the steps its figure counts.
     */
    private static String listOf(Timing timing) {
        return "SELECT c.person_id, coalesce(ar.postcode_district, '') AS district, c.kind || ' due '"
                + " || to_char(c.due_on, 'FMDD Mon YYYY') || coalesce(', done ' || to_char(c.completed_at"
                + " AT TIME ZONE 'Europe/London', 'FMDD Mon YYYY'), '') AS detail, count(*) OVER () AS found " + DUE
                + " AND (CAST(:kind AS text) IS NULL OR c.kind = CAST(:kind AS text)) AND " + timing.test
                + " ORDER BY c.due_at, c.person_id LIMIT :limit";
    }

    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("MMM yyyy");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final FigureChildren children;

    StepTimeliness(JdbcClient jdbc, Clock clock, AuditTrail audit, FigureChildren children) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
    }

    /**
     * What became of a step that fell due, as the dashboard counts it: met on time, met late or
     * still overdue, each with its {@code code} in a list's address (as the page's links write it)
     * and its test in SQL.
     */
    public enum Timing {
        ON_TIME("met", "met on time", "c.status = 'MET' AND c.completed_at <= c.due_at"),
        LATE("late", "met late", "c.status = 'MET' AND c.completed_at > c.due_at"),
        OVERDUE("overdue", "overdue", "c.status = 'OPEN'");

        private final String code;
        private final String words;
        private final String test;

        Timing(String code, String words, String test) {
            this.code = code;
            this.words = words;
            this.test = test;
        }

        /**
         * The timing a list's address names; none is the overdue steps, the list the page linked
         * to first. Anything else is a mangled or hand-made address, refused rather than guessed.
         */
        public static Timing of(String code) {
            if (code == null || code.isBlank()) {
                return OVERDUE;
            }
            for (Timing timing : values()) {
                if (timing.code.equals(code.strip())) {
                    return timing;
                }
            }
            throw InvalidInput.of("figure", "A list of steps is of those met on time, met late or overdue");
        }
    }

    /**
     * The steps of one kind ({@code kind}; every kind when null) that fell due in the period with
     * the timing, each with its child, for a user who sees figures.
     */
    public FigureChildren.ChildrenBehind steps(InsightFilter filter, ClockKind kind, Timing timing,
                                               StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        params.put("kind", kind == null ? null : kind.name());
        String title = "Steps " + timing.words + (kind == null ? "" : ": " + kind.label());
        return children.list(title, filter, listOf(timing), params, viewer).withDetails(detail -> {
            int space = detail.indexOf(' ');
            return ClockKind.valueOf(detail.substring(0, space)).label() + "," + detail.substring(space);
        }, "step", "steps");
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
                .query((rs, n) -> Step.of(ClockKind.valueOf(rs.getString("kind")), rs.getLong("on_time"),
                        rs.getLong("late"), rs.getLong("overdue"), rs.getLong("cancelled"))).list()
                .stream().sorted(Comparator.comparing(Step::kind)).toList();
    }

    /**
     * Steps of one kind (or a total) that fell due: met on time, met late, overdue now, and
     * cancelled; the share on time is of those that had to be done (cancelled left out). A
     * total has no {@code kind}, so its lists are of every kind.
     */
    public record Step(ClockKind kind, String label, long onTime, long late, long overdue, long cancelled) {

        static Step of(ClockKind kind, long onTime, long late, long overdue, long cancelled) {
            return new Step(kind, kind.label(), onTime, late, overdue, cancelled);
        }

        static Step total(String label, List<Step> steps) {
            return new Step(null, label, steps.stream().mapToLong(Step::onTime).sum(),
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
