package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.HelpThatWorks;
import hearth.insight.InsightFilter;
import hearth.insight.Share;
import hearth.planning.MeetingRecord;
import hearth.platform.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Whether help works: neglect grades over time, plan outcomes and returns to a plan, and its CSV. */
@Controller
class HelpController {

    private final HelpThatWorks help;
    private final DashboardFilters filters;

    HelpController(HelpThatWorks help, DashboardFilters filters) {
        this.help = help;
        this.filters = filters;
    }

    /**
     * One bar of a chart, with its table row: what is counted, how many, the share of its group,
     * and the {@code figure} that lists the children behind the count (null when none does).
     */
    record Bar(String table, String label, long count, Long percent, String figure) {
    }

    /** A chart's bars and its scale: the largest count, above zero. */
    record Chart(List<Bar> bars, long most) {
        static Chart of(List<Bar> bars) {
            return new Chart(bars, bars.stream().mapToLong(Bar::count).max().orElse(0) + 1);
        }
    }

    @GetMapping("/insight/help")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = filters.period(period);
        InsightFilter filter = filters.filter(chosen, team, area);
        HelpThatWorks.Figures figures = help.figures(filter, StaffMember.require());
        model.addAttribute("figures", figures).addAttribute("grades", Chart.of(grades(figures)))
                .addAttribute("outcomes", Chart.of(outcomes(figures))).addAttribute("returns", Chart.of(returns(figures)));
        filters.addTo(model, chosen, filter);
        return "insight/help";
    }

    /**
     * The children behind a count ({@code figure}: graded, a plan outcome's progress as
     * {@link #code}, or returned to a plan when not given). Any other figure is a 400, never a guess.
     */
    @GetMapping("/insight/help/children")
    String children(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area, @RequestParam(required = false) String figure,
                    Model model) {
        StaffMember me = StaffMember.require();
        if (figure == null || figure.isBlank()) {
            return filters.childrenPage(model, period, team, area, filter -> help.returnedToAPlan(filter, me),
                    "/insight/help", "whether help works", "Children whose plan started in the period within two "
                            + "years of the end of their last plan of the same kind.");
        }
        if ("graded".equals(figure.strip())) {
            return filters.childrenPage(model, period, team, area, filter -> help.graded(filter, me), "/insight/help",
                    "whether help works", "Children with two or more neglect tool completions in the period, by how "
                            + "their latest overall grade compares with their first (1 best to 5).");
        }
        MeetingRecord.Progress progress = progress(figure.strip());
        return filters.childrenPage(model, period, team, area, filter -> help.outcomes(filter, progress, me),
                "/insight/help", "whether help works", "Outcomes of plans whose progress at the latest meeting in the "
                        + "period that recorded it was " + progress.label().toLowerCase(Locale.ROOT)
                        + ", one row an outcome, the earliest meeting first.");
    }

    /** A plan outcome's progress as a list's address names it: met, progressing, not-progressing. */
    private static String code(MeetingRecord.Progress progress) {
        return progress.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static MeetingRecord.Progress progress(String code) {
        return Arrays.stream(MeetingRecord.Progress.values()).filter(p -> code(p).equals(code)).findFirst()
                .orElseThrow(() -> InvalidInput.of("figure", "A list of plan outcomes is of those met, progressing "
                        + "or not progressing"));
    }

    @GetMapping("/insight/help.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = filters.period(period);
        HelpThatWorks.Figures figures = help.figures(filters.filter(chosen, team, area), StaffMember.require());
        try (CSVPrinter csv = filters.csv(response, "whether-help-works", chosen)) {
            csv.printRecord("table", "what", "count", "per cent");
            List<Bar> all = new ArrayList<>(grades(figures));
            all.addAll(outcomes(figures));
            all.addAll(returns(figures));
            for (Bar bar : all) {
                csv.printRecord(bar.table(), bar.label(), bar.count(), bar.percent());
            }
        }
    }

    private static List<Bar> grades(HelpThatWorks.Figures figures) {
        HelpThatWorks.Grades g = figures.grades();
        String table = "neglect tool";
        return List.of(new Bar(table, "Better at the latest completion", g.better(),
                        Share.percent(g.better(), g.children()), null),
                new Bar(table, "The same", g.same(), Share.percent(g.same(), g.children()), null),
                new Bar(table, "Worse", g.worse(), Share.percent(g.worse(), g.children()), null));
    }

    private static List<Bar> outcomes(HelpThatWorks.Figures figures) {
        HelpThatWorks.Outcomes o = figures.outcomes();
        return Arrays.stream(MeetingRecord.Progress.values()).map(p -> new Bar("plan outcomes", p.label(), o.count(p),
                Share.percent(o.count(p), o.total()), code(p))).toList();
    }

    private static List<Bar> returns(HelpThatWorks.Figures figures) {
        List<Bar> bars = new ArrayList<>();
        for (HelpThatWorks.Returns r : figures.returns()) {
            bars.add(new Bar("returns to a plan", r.label() + " started", r.started(), null, null));
            bars.add(new Bar("returns to a plan", r.label() + " for a child who ended one in the 2 years before",
                    r.returned(), r.percentReturned(), null));
        }
        return bars;
    }
}
