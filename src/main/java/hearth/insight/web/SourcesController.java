package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.ContactSources;
import hearth.insight.InsightFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Contacts and referrals by source with their conversion and re-referrals, and its CSV. */
@Controller
class SourcesController {

    private final ContactSources sources;
    private final DashboardFilters filters;

    SourcesController(ContactSources sources, DashboardFilters filters) {
        this.sources = sources;
        this.filters = filters;
    }

    @GetMapping("/insight/sources")
    String sources(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = filters.period(period);
        InsightFilter filter = filters.filter(chosen, team, area);
        model.addAttribute("figures", sources.figures(filter, StaffMember.require()));
        filters.addTo(model, chosen, filter);
        return "insight/sources";
    }

    @GetMapping("/insight/sources/children")
    String children(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area, Model model) {
        StaffMember me = StaffMember.require();
        return filters.childrenPage(model, period, team, area, filter -> sources.reReferred(filter, me),
                "/insight/sources", "contacts and referrals by source", "Children referred in the period within 12 "
                        + "months of their last referral (the DfE's re-referral).");
    }

    @GetMapping("/insight/sources.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = filters.period(period);
        ContactSources.Figures figures = sources.figures(filters.filter(chosen, team, area), StaffMember.require());
        try (CSVPrinter csv = filters.csv(response, "contact-sources", chosen)) {
            csv.printRecord("table", "source or quarter", "contacts", "referrals", "conversion %", "re-referrals",
                    "re-referral %");
            for (ContactSources.Source s : figures.sources()) {
                row(csv, "by source", s);
            }
            row(csv, "by source", figures.total());
            for (ContactSources.Source s : figures.overTime()) {
                row(csv, "over time", s);
            }
        }
    }

    private static void row(CSVPrinter csv, String table, ContactSources.Source s) throws IOException {
        csv.printRecord(table, s.label(), s.contacts(), s.referrals(), s.conversion(), s.reReferrals(),
                s.reReferralRate());
    }
}
