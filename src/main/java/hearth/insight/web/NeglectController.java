package hearth.insight.web;

import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.insight.ChildPopulation;
import hearth.insight.InsightFilter;
import hearth.insight.NeglectPrevalence;
import hearth.platform.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prevalence of neglect by area and over time, its CSV, and the child population it is measured against. */
@Controller
class NeglectController {

    private final NeglectPrevalence prevalence;
    private final ChildPopulation population;
    private final Staff staff;
    private final Clock clock;

    NeglectController(NeglectPrevalence prevalence, ChildPopulation population, Staff staff, Clock clock) {
        this.prevalence = prevalence;
        this.population = population;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/insight/neglect")
    String neglect(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = InsightPeriods.chosen(period, LocalDate.now(clock));
        InsightFilter filter = filter(chosen, team, area);
        model.addAttribute("figures", prevalence.figures(filter, StaffMember.require()))
                .addAttribute("periods", InsightPeriods.choices(LocalDate.now(clock))).addAttribute("period", chosen)
                .addAttribute("teams", staff.teams()).addAttribute("team", filter.team())
                .addAttribute("areas", population.byDistrict().keySet()).addAttribute("area", filter.area());
        return "insight/neglect";
    }

    @GetMapping("/insight/neglect.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = InsightPeriods.chosen(period, LocalDate.now(clock));
        NeglectPrevalence.Figures figures = prevalence.figures(filter(chosen, team, area), StaffMember.require());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"neglect-" + chosen.from() + "-to-"
                + chosen.to() + ".csv\"");
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT)) {
            csv.printRecord("table", "area or quarter", "children with neglect", "children living there",
                    "per 10,000 children");
            for (NeglectPrevalence.Figure f : figures.areas()) {
                csv.printRecord("by area", f.label(), f.children(), f.population(), f.perTenThousand());
            }
            csv.printRecord("by area", figures.total().label(), figures.total().children(),
                    figures.total().population(), figures.total().perTenThousand());
            for (NeglectPrevalence.Figure f : figures.overTime()) {
                csv.printRecord("over time", f.label(), f.children(), f.population(), f.perTenThousand());
            }
        }
    }

    @GetMapping("/insight/population")
    String populationPage(Model model) {
        population.requireMayUpload(StaffMember.require());
        model.addAttribute("districts", population.byDistrict()).addAttribute("errors", Map.of());
        return "insight/population";
    }

    @PostMapping("/insight/population")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        StaffMember me = StaffMember.require();
        try (Reader csv = file == null || file.isEmpty() ? Reader.nullReader()
                : new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            String source = file == null ? "" : file.getOriginalFilename();
            int districts = population.upload(csv, "uploaded " + source, me);
            redirect.addFlashAttribute("done", districts + " postcode districts loaded.");
            return "redirect:/insight/population";
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("districts", population.byDistrict()).addAttribute("errors", invalid.errors());
            return "insight/population";
        }
    }

    /** An unknown team or area (a stale link, or a hand-made URL) shows every team or area, never an error page. */
    private InsightFilter filter(InsightPeriods.Choice period, String team, String area) {
        UUID teamId = null;
        try {
            teamId = team == null || team.isBlank() ? null : UUID.fromString(team.strip());
        } catch (IllegalArgumentException ignored) {
            // left as every team
        }
        UUID known = teamId != null && staff.team(teamId).isPresent() ? teamId : null;
        String district = area != null && population.byDistrict().containsKey(area.strip().toUpperCase()) ? area : null;
        return new InsightFilter(known, district, period.from(), period.to());
    }
}
