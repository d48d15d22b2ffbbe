package hearth.returns.annexa.web;

import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.platform.Progress;
import hearth.returns.Requester;
import hearth.returns.annexa.AnnexAExport;
import hearth.returns.annexa.AnnexAPeriod;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The performance officer chooses a period and downloads Ofsted's lists as one workbook. */
@Controller
class AnnexAController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AnnexAExport export;
    private final Clock clock;

    AnnexAController(AnnexAExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/returns/annex-a")
    String choose(Model model) {
        export.requireMayExport(StaffMember.require());
        return page(model, AnnexAForm.sixMonthsBefore(LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/returns/annex-a")
    String download(@ModelAttribute("annexAForm") AnnexAForm form, Model model, HttpServletResponse response)
            throws IOException {
        StaffMember me = StaffMember.require();
        export.requireMayExport(me);
        AnnexAPeriod period;
        try {
            period = form.period();
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, invalid.errors());
        }
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hearth-annex-a-" + period.from()
                + "-to-" + period.to() + ".xlsx\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(period, response.getOutputStream(),
                new Progress(new PrintStream(OutputStream.nullOutputStream()), "Annex A", AnnexAExport.STEPS),
                Requester.of(me));
        return null;
    }

    private String page(Model model, AnnexAForm form, Map<String, String> errors) {
        model.addAttribute("form", form).addAttribute("errors", errors);
        return "returns/annex-a";
    }
}
