package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.InsightFilter;
import hearth.insight.StepTimeliness;
import hearth.timeliness.ClockKind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Whether statutory and local steps were done in time, by kind and quarter, and its CSV. */
@Controller
class TimelinessController {

    /** What each list of steps holds, as its page says. */
    private static final Map<StepTimeliness.Timing, String> EXPLAINED = Map.of(
            StepTimeliness.Timing.ON_TIME, "were done by the time they were due, the earliest due first.",
            StepTimeliness.Timing.LATE, "were done after the time they were due, the earliest due first.",
            StepTimeliness.Timing.OVERDUE, "are still not done, the longest overdue first.");

    private final StepTimeliness timeliness;
    private final DashboardFilters filters;

    TimelinessController(StepTimeliness timeliness, DashboardFilters filters) {
        this.timeliness = timeliness;
        this.filters = filters;
    }

    @GetMapping("/insight/timeliness")
    String timeliness(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                      @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = filters.period(period);
        InsightFilter filter = filters.filter(chosen, team, area);
        model.addAttribute("figures", timeliness.figures(filter, StaffMember.require()));
        filters.addTo(model, chosen, filter);
        return "insight/timeliness";
    }

    /**
     * The steps behind a count ({@code figure}: met, late, or overdue when not given) of one kind
     * ({@code step}, a kind's code; every kind when not given). An unknown step or figure is a
     * 400, never a guess.
     */
    @GetMapping("/insight/timeliness/children")
    String children(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area, @RequestParam(required = false) ClockKind step,
                    @RequestParam(required = false) String figure, Model model) {
        StaffMember me = StaffMember.require();
        StepTimeliness.Timing timing = StepTimeliness.Timing.of(figure);
        return filters.childrenPage(model, period, team, area, filter -> timeliness.steps(filter, step, timing, me),
                "/insight/timeliness", "timeliness", "Statutory and local steps that fell due in the period and "
                        + EXPLAINED.get(timing));
    }

    @GetMapping("/insight/timeliness.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = filters.period(period);
        StepTimeliness.Figures figures = timeliness.figures(filters.filter(chosen, team, area), StaffMember.require());
        try (CSVPrinter csv = filters.csv(response, "timeliness", chosen)) {
            csv.printRecord("table", "step or quarter", "on time", "late", "overdue", "cancelled", "on time %");
            for (StepTimeliness.Step s : figures.withTotal()) {
                row(csv, "by step", s);
            }
            for (StepTimeliness.Step s : figures.overTime()) {
                row(csv, "over time", s);
            }
        }
    }

    private static void row(CSVPrinter csv, String table, StepTimeliness.Step s) throws IOException {
        csv.printRecord(table, s.label(), s.onTime(), s.late(), s.overdue(), s.cancelled(), s.percentOnTime());
    }
}
