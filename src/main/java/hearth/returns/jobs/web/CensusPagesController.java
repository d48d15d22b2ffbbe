package hearth.returns.jobs.web;

import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.returns.jobs.JobKind;
import hearth.returns.jobs.JobStatus;
import hearth.returns.jobs.ReturnsJob;
import hearth.returns.jobs.ReturnsJobs;
import hearth.returns.jobs.ShownFinding;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The performance officer's census pages: choose a year, check Hearth's records or export the
 * file (both as background work with a progress page), read the findings with a link to where
 * each is fixed, and check a census file from another system.
 */
@Controller
class CensusPagesController {

    /** Often enough to see it move, seldom enough for a screen reader to finish a sentence. */
    private static final int REFRESH_SECONDS = 3;

    private final ReturnsJobs jobs;

    CensusPagesController(ReturnsJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/returns/census")
    String census(Model model) {
        return censusPage(model, null, Map.of());
    }

    @PostMapping("/returns/census")
    String start(@RequestParam(required = false) String year, @RequestParam(required = false) String action,
                 Model model, HttpServletResponse response) {
        StaffMember me = StaffMember.require();
        JobKind kind = "export".equals(action) ? JobKind.CENSUS_EXPORT : JobKind.CENSUS_CHECK;
        try {
            return "redirect:/returns/jobs/" + jobs.start(kind, parsedYear(year), me);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return censusPage(model, year, invalid.errors());
        }
    }

    @GetMapping("/returns/census/upload")
    String uploadPage(Model model) {
        jobs.recent(StaffMember.require());
        model.addAttribute("errors", Map.of());
        return "returns/census-upload";
    }

    @PostMapping("/returns/census/upload")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        StaffMember me = StaffMember.require();
        jobs.recent(me);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("file", "Choose a census file (XML) to check"));
            return "returns/census-upload";
        }
        try (InputStream in = file.getInputStream()) {
            return "redirect:/returns/jobs/" + jobs.checkFile(in, file.getOriginalFilename(), me);
        }
    }

    @GetMapping("/returns/jobs/{id}")
    String job(@PathVariable String id, @RequestParam(required = false) String refresh,
               @RequestParam(required = false) String child, Model model) {
        StaffMember me = StaffMember.require();
        ReturnsJob job = found(id, me);
        boolean refreshing = job.status().active() && !"off".equals(refresh);
        model.addAttribute("job", job).addAttribute("refresh", refreshing).addAttribute("errors", Map.of())
                .addAttribute("fileKept", jobs.fileKept(job));
        if (refreshing) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        if (job.status() == JobStatus.DONE) {
            model.addAttribute("counts", jobs.countsByRule(job.id(), me))
                    .addAttribute("findings", jobs.findings(job.id(), child, ReturnsJobs.SHOWN, me))
                    .addAttribute("child", child == null ? "" : child.strip())
                    .addAttribute("shown", ReturnsJobs.SHOWN);
        }
        return "returns/job";
    }

    @GetMapping("/returns/jobs/{id}/findings.csv")
    void findingsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
        StaffMember me = StaffMember.require();
        ReturnsJob job = finished(id, me);
        List<ShownFinding> findings = jobs.findings(job.id(), null, Integer.MAX_VALUE, me);
        jobs.auditFindingsDownload(job, findings.size(), me);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hearth-census-findings-"
                + job.id() + ".csv\"");
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT)) {
            csv.printRecord("rule", "child", "severity", "field", "message", "worker", "team", "fix at");
            for (ShownFinding f : findings) {
                csv.printRecord(f.finding().rule(), f.child(), f.finding().severity().name().toLowerCase(Locale.ROOT),
                        f.finding().field(), f.finding().message(), f.worker(), f.team(), f.fixAt());
            }
        }
    }

    @GetMapping("/returns/jobs/{id}/census.xml")
    void file(@PathVariable String id, HttpServletResponse response) throws IOException {
        StaffMember me = StaffMember.require();
        ReturnsJob job = finished(id, me);
        if (!job.hasFile()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path file = jobs.exportedFile(job, me).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE,
                "The file has been cleared away: export it again"));
        response.setContentType("application/xml");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hearth-cin-census-" + job.year()
                + ".xml\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }

    private String censusPage(Model model, String year, Map<String, String> errors) {
        StaffMember me = StaffMember.require();
        List<ReturnsJob> recent = jobs.recent(me);
        model.addAttribute("years", jobs.years()).addAttribute("recent", recent).addAttribute("errors", errors)
                .addAttribute("chosenYear", year == null ? String.valueOf(jobs.years().get(0)) : year);
        return "returns/census";
    }

    private ReturnsJob finished(String id, StaffMember me) {
        ReturnsJob job = found(id, me);
        if (job.status() != JobStatus.DONE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return job;
    }

    /** A job that is not there, or a malformed id in a hand-made address, is a 404, never an error page. */
    private ReturnsJob found(String id, StaffMember me) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return jobs.find(uuid, me).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int parsedYear(String year) {
        try {
            return Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("year", "Choose a collection year");
        }
    }
}
