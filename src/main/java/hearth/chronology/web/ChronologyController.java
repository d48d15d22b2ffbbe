package hearth.chronology.web;

import hearth.access.CaseFileAccess;
import hearth.access.CaseFilePages;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.SpreadsheetCells;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** A child's chronology, filtered by type and period, and its CSV export. */
@Controller
class ChronologyController {

    private final Chronology chronology;
    private final CaseFileAccess access;
    private final CaseFilePages pages;

    ChronologyController(Chronology chronology, CaseFileAccess access, CaseFilePages pages) {
        this.chronology = chronology;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/chronology")
    String show(@PathVariable PersonId id, @ModelAttribute("params") ChronologyFilterForm params, HttpSession session,
                Model model) {
        StaffMember me = pages.open(id, "VIEW_CHRONOLOGY", session);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Chronology.Filter filter = params.filter(errors);
        model.addAttribute("personId", id).addAttribute("errors", errors.asMap())
                .addAttribute("types", chronology.types(id))
                .addAttribute("entries", errors.isEmpty() ? chronology.entries(id, filter, me) : List.of());
        return "chronology/chronology";
    }

    @GetMapping("/children/{id}/chronology.csv")
    void export(@PathVariable PersonId id, ChronologyFilterForm params, HttpSession session,
                HttpServletResponse response) throws IOException {
        StaffMember me = StaffMember.require();
        InvalidInput.Errors errors = new InvalidInput.Errors();
        Chronology.Filter filter = params.filter(errors);
        byte[] csv = access.export(me, id, "EXPORT_CHRONOLOGY", StatedReasons.reasonFor(session, id), () -> {
            errors.throwIfAny();
            return csv(id, filter, me);
        });
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"chronology-" + id + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }

    /** The file, made once so that its audit entry can name its rows and checksum. */
    private AuditTrail.Export csv(PersonId id, Chronology.Filter filter, StaffMember me) {
        List<Chronology.Entry> entries = chronology.entries(id, filter, me);
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("date", "type", "summary", "recorded_by", "recorded_at")
                .get().print(text)) {
            for (Chronology.Entry e : entries) {
                csv.printRecord(SpreadsheetCells.row(e.occurredOn(), e.type(), e.summary(), e.recordedByName(),
                        e.recordedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AuditTrail.Export("chronology of child " + id + describe(filter), entries.size(),
                text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Chronology.Filter filter) {
        return (filter.type() == null ? "" : ", type " + filter.type())
                + (filter.from() == null ? "" : ", from " + filter.from()) + (filter.to() == null ? "" : ", to " + filter.to());
    }
}
