package hearth.insight.web;

import hearth.access.StaffMember;
import hearth.insight.ChildPopulation;
import hearth.insight.InsightFilter;
import hearth.insight.NeglectPrevalence;
import hearth.insight.Wards;
import hearth.platform.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
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
    private final DashboardFilters filters;
    private final Wards wards;

    NeglectController(NeglectPrevalence prevalence, ChildPopulation population, DashboardFilters filters, Wards wards) {
        this.prevalence = prevalence;
        this.population = population;
        this.filters = filters;
        this.wards = wards;
    }

    @GetMapping("/insight/neglect")
    String neglect(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String area, Model model) {
        InsightPeriods.Choice chosen = filters.period(period);
        InsightFilter filter = filters.filter(chosen, team, area);
        model.addAttribute("figures", prevalence.figures(filter, StaffMember.require()));
        filters.addTo(model, chosen, filter);
        return "insight/neglect";
    }

    /**
     * The children behind an area's figure ({@code in}: the area as the table names it), or
     * behind the total when no area is given.
     */
    @GetMapping("/insight/neglect/children")
    String children(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area, @RequestParam(required = false) String in,
                    Model model) {
        StaffMember me = StaffMember.require();
        return filters.childrenPage(model, period, team, area, filter -> prevalence.children(filter,
                district(filter, in), me), "/insight/neglect", "the prevalence of neglect", "Neglect found at an "
                + "assessment authorised in the period, or a child protection plan under the category of neglect at "
                + "any time in it.");
    }

    /** The district a count's link names; a ward chosen as the area is the page's only area, so every child in it. */
    private static String district(InsightFilter filter, String in) {
        if (ChildPopulation.isWard(filter.area())) {
            return null;
        }
        if (in == null || in.isBlank()) {
            return filter.area();
        }
        return in.strip().equals(NeglectPrevalence.UNKNOWN_AREA) ? "" : in.strip().toUpperCase(Locale.ROOT);
    }

    @GetMapping("/insight/neglect.csv")
    void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String team,
             @RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
        InsightPeriods.Choice chosen = filters.period(period);
        NeglectPrevalence.Figures figures = prevalence.figures(filters.filter(chosen, team, area),
                StaffMember.require());
        try (CSVPrinter csv = filters.csv(response, "neglect", chosen)) {
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
        return populationPage(model, Map.of());
    }

    private String populationPage(Model model, Map<String, String> errors) {
        model.addAttribute("districts", population.byDistrict()).addAttribute("wardPopulation", population.byWard())
                .addAttribute("wards", wards.names()).addAttribute("errors", errors);
        return "insight/population";
    }

    @PostMapping("/insight/wards")
    String uploadWards(@RequestParam(required = false) MultipartFile wardFile, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        StaffMember me = StaffMember.require();
        try (Reader csv = reader(wardFile)) {
            int postcodes = wards.upload(csv, "uploaded " + (wardFile == null ? "" : wardFile.getOriginalFilename()), me);
            redirect.addFlashAttribute("done", postcodes + " postcodes loaded into " + wards.names().size() + " wards.");
            return "redirect:/insight/population";
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return populationPage(model, Map.of("wardFile", invalid.errors().get("file")));
        }
    }

    private static Reader reader(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? Reader.nullReader()
                : new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    }

    @PostMapping("/insight/population")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        StaffMember me = StaffMember.require();
        try (Reader csv = reader(file)) {
            String source = file == null ? "" : file.getOriginalFilename();
            int districts = population.upload(csv, "uploaded " + source, me);
            redirect.addFlashAttribute("done", districts + " postcode districts loaded.");
            return "redirect:/insight/population";
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return populationPage(model, invalid.errors());
        }
    }
}
