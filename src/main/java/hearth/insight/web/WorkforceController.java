package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.InsightFilter;
import hearth.insight.Workforce;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Caseloads weighted by kind of work, visits made, supervision on time and children with many workers, and its CSV. */
@Controller
class WorkforceController {

    private final Workforce workforce;
    private final DashboardFilters filters;

    WorkforceController(Workforce workforce, DashboardFilters filters) {
        this.workforce = workforce;
        this.filters = filters;
    }

    @GetMapping("/insight/workforce")
    String workforce(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                     @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = filters.period(period);
        InsightFilter filter = filters.filter(chosen, team, area);
        model.addAttribute("figures", workforce.figures(filter, StaffMember.require()));
        filters.addTo(model, chosen, filter);
        return "insight/workforce";
    }

    /** The children behind a team's count ({@code figure}: many-workers or not-supervised). */
    @GetMapping("/insight/workforce/children")
    String children(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area, @RequestParam(required = false) String figure,
                    Model model) {
        StaffMember me = StaffMember.require();
        boolean supervision = "not-supervised".equals(figure);
        Workforce.Listed listed = supervision ? Workforce.Listed.NOT_SUPERVISED : Workforce.Listed.MANY_WORKERS;
        return filters.childrenPage(model, period, team, area, filter -> workforce.children(filter, listed, me),
                "/insight/workforce", "the workforce", supervision
                        ? "Children the team held for the whole supervision interval to the period's last day who had no "
                        + "case supervision or management oversight in it."
                        : "Children allocated on the period's last day who had three or more social workers in the 12 "
                        + "months to it.");
    }

    @GetMapping("/insight/workforce.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = filters.period(period);
        Workforce.Figures figures = workforce.figures(filters.filter(chosen, team, area), StaffMember.require());
        try (CSVPrinter csv = filters.csv(response, "workforce", chosen)) {
            csv.printRecord("team", "worker", "children", "weighted caseload", "weighted per worker", "visits",
                    "child seen", "due supervision", "supervised on time", "children with 3 or more workers in 12 months");
            for (Workforce.Team t : figures.teams()) {
                for (Workforce.Worker w : t.workers()) {
                    csv.printRecord(t.name(), w.name(), w.children(), w.weighted(), "", "", "", "", "", "");
                }
            }
            for (Workforce.Team t : concat(figures.teams(), figures.total())) {
                csv.printRecord(t.name(), "", t.children(), t.weighted(), t.weightedPerWorker(), t.visits(), t.seen(),
                        t.supervisionDue(), t.supervised(), t.manyWorkers());
            }
        }
    }

    private static List<Workforce.Team> concat(List<Workforce.Team> teams, Workforce.Team total) {
        List<Workforce.Team> rows = new java.util.ArrayList<>(teams);
        rows.add(total);
        return rows;
    }
}
