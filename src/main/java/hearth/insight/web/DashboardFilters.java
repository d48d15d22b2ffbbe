package hearth.insight.web;

import hearth.access.Staff;
import hearth.insight.ChildPopulation;
import hearth.insight.FigureChildren;
import hearth.insight.Wards;
import hearth.insight.InsightFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The period, team and area every dashboard is narrowed by, read from the page's address. */
@Component
class DashboardFilters {

    private final Staff staff;
    private final ChildPopulation population;
    private final Wards wards;
    private final Clock clock;

    DashboardFilters(Staff staff, ChildPopulation population, Wards wards, Clock clock) {
        this.staff = staff;
        this.population = population;
        this.wards = wards;
        this.clock = clock;
    }

    InsightPeriods.Choice period(String code) {
        return InsightPeriods.chosen(code, LocalDate.now(clock));
    }

    /** An unknown team or area (a stale link, or a hand-made URL) shows every team or area, never an error page. */
    InsightFilter filter(InsightPeriods.Choice period, String team, String area) {
        UUID teamId = null;
        try {
            teamId = team == null || team.isBlank() ? null : UUID.fromString(team.strip());
        } catch (IllegalArgumentException ignored) {
            // left as every team
        }
        UUID known = teamId != null && staff.team(teamId).isPresent() ? teamId : null;
        String chosen = area == null ? null : area.strip().toUpperCase(java.util.Locale.ROOT);
        String district = chosen != null && (population.byDistrict().containsKey(chosen)
                || ChildPopulation.isWard(chosen) && wards.name(chosen).isPresent()) ? chosen : null;
        return new InsightFilter(known, district, period.from(), period.to());
    }

    /** The CSV download of a dashboard named {@code name} for the period: headers set, the printer to write rows to. */
    CSVPrinter csv(HttpServletResponse response, String name, InsightPeriods.Choice period) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + period.from()
                + "-to-" + period.to() + ".csv\"");
        return new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT);
    }

    /**
     * The page of the children behind a count: the list made for the filter, what was counted,
     * and the dashboard it goes back to.
     */
    String childrenPage(Model model, String period, String team, String area,
                        Function<InsightFilter, FigureChildren.ChildrenBehind> list, String back, String backLabel,
                        String explained) {
        InsightPeriods.Choice chosen = period(period);
        InsightFilter filter = filter(chosen, team, area);
        model.addAttribute("behind", list.apply(filter)).addAttribute("back", back).addAttribute("backLabel", backLabel)
                .addAttribute("explained", explained);
        addTo(model, chosen, filter);
        return "insight/figure-children";
    }

    /** What the filter form shows: the choices, and those made. */
    void addTo(Model model, InsightPeriods.Choice period, InsightFilter filter) {
        model.addAttribute("periods", InsightPeriods.choices(LocalDate.now(clock))).addAttribute("period", period)
                .addAttribute("teams", staff.teams()).addAttribute("team", filter.team())
                .addAttribute("areas", population.byDistrict().keySet()).addAttribute("wards", wards.names())
                .addAttribute("area", filter.area());
    }
}
