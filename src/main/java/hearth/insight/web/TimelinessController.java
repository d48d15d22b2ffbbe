package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.InsightFilter;
import hearth.insight.StepTimeliness;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Whether statutory and local steps were done in time, by kind and quarter, and its CSV. */
@Controller
class TimelinessController {

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

    @GetMapping("/insight/timeliness/children")
    String overdue(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String area, Model model) {
        StaffMember me = StaffMember.require();
        return filters.childrenPage(model, period, team, area, filter -> timeliness.overdue(filter, me),
                "/insight/timeliness", "timeliness", "Statutory and local steps that fell due in the period and are "
                        + "still not done, the longest overdue first.");
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
