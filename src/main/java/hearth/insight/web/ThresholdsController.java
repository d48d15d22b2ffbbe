package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.InsightFilter;
import hearth.insight.ThresholdConsistency;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Whether thresholds are applied consistently, and its CSV. */
@Controller
class ThresholdsController {

    private final ThresholdConsistency thresholds;
    private final DashboardFilters filters;

    ThresholdsController(ThresholdConsistency thresholds, DashboardFilters filters) {
        this.thresholds = thresholds;
        this.filters = filters;
    }

    @GetMapping("/insight/thresholds")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = filters.period(period);
        InsightFilter filter = filters.filter(chosen, team, area);
        model.addAttribute("figures", thresholds.figures(filter, StaffMember.require()))
                .addAttribute("least", ThresholdConsistency.LEAST_DECISIONS);
        filters.addTo(model, chosen, filter);
        return "insight/thresholds";
    }

    @GetMapping("/insight/thresholds/children")
    String children(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area, Model model) {
        StaffMember me = StaffMember.require();
        return filters.childrenPage(model, period, team, area, filter -> thresholds.referredAgain(filter, me),
                "/insight/thresholds", "the consistency of thresholds", "Children whose contact was closed with no "
                        + "further action in the period and who were referred within the 12 months after.");
    }

    @GetMapping("/insight/thresholds.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = filters.period(period);
        ThresholdConsistency.Figures figures = thresholds.figures(filters.filter(chosen, team, area),
                StaffMember.require());
        try (CSVPrinter csv = filters.csv(response, "thresholds", chosen)) {
            ThresholdConsistency.AfterNoFurtherAction after = figures.afterNoFurtherAction();
            csv.printRecord("table", "source", "main factor", "contacts", "practitioners compared", "lowest level",
                    "highest level", "spread");
            csv.printRecord("no further action", "", "", after.closed(), "", "", "referred within 12 months",
                    after.referredAfter());
            csv.printRecord("authorisation", "", "", figures.atAuthorisation().authorised(), "", "",
                    "changed at authorisation", figures.atAuthorisation().changed());
            for (ThresholdConsistency.Group g : figures.groups()) {
                csv.printRecord("spread", g.source(), g.factor(), g.contacts(), g.practitioners(), g.lowest(),
                        g.highest(), g.spread());
            }
        }
    }
}
