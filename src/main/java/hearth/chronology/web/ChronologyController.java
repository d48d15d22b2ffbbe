package hearth.chronology.web;

import hearth.access.CaseFileAccess;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.chronology.Chronology;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import hearth.platform.SpreadsheetCells;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's chronology, filtered by type and period, and its CSV export. */
@Controller
class ChronologyController {

    private final Chronology chronology;
    private final CaseFileAccess access;

    ChronologyController(Chronology chronology, CaseFileAccess access) {
        this.chronology = chronology;
        this.access = access;
    }

    @GetMapping("/children/{id}/chronology")
    String show(@PathVariable UUID id, @RequestParam Map<String, String> params, HttpSession session, Model model) {
        access.open(StaffMember.require(), id, "VIEW_CHRONOLOGY", StatedReasons.reasonFor(session, id));
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Chronology.Filter filter = filter(params, errors);
        model.addAttribute("personId", id).addAttribute("params", params).addAttribute("errors", errors.asMap())
                .addAttribute("types", chronology.types(id))
                .addAttribute("entries", errors.isEmpty() ? chronology.entries(id, filter) : List.of());
        return "chronology/chronology";
    }

    @GetMapping("/children/{id}/chronology.csv")
    void export(@PathVariable UUID id, @RequestParam Map<String, String> params, HttpSession session,
                HttpServletResponse response) throws IOException {
        access.open(StaffMember.require(), id, "EXPORT_CHRONOLOGY", StatedReasons.reasonFor(session, id));
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Chronology.Filter filter = filter(params, errors);
        errors.throwIfAny();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"chronology-" + id + ".csv\"");
        try (PrintWriter writer = response.getWriter();
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("date", "type", "summary", "recorded_by", "recorded_at")
                     .get().print(writer)) {
            for (Chronology.Entry e : chronology.entries(id, filter)) {
                csv.printRecord(SpreadsheetCells.row(e.occurredOn(), e.type(), e.summary(), e.recordedByName(),
                        e.recordedAt()));
            }
        }
    }

    private static Chronology.Filter filter(Map<String, String> params, InvalidInput.Errors errors) {
        LocalDate from = DateField.read("from", "The start of the period", params.get("fromDay"),
                params.get("fromMonth"), params.get("fromYear"), errors);
        LocalDate to = DateField.read("to", "The end of the period", params.get("toDay"), params.get("toMonth"),
                params.get("toYear"), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "The end of the period must be the same as or after the start");
        }
        String type = params.get("type");
        return new Chronology.Filter(type == null || type.isBlank() ? null : type, from, to);
    }
}
