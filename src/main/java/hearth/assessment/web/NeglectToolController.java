package hearth.assessment.web;

import hearth.access.CaseFilePages;
import hearth.assessment.NeglectTool;
import hearth.assessment.NeglectToolDefinition;
import hearth.platform.FormChecks;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The graded neglect tool for a child: completions over time, their trend, and a new completion. */
@Controller
class NeglectToolController {

    private final NeglectTool neglectTool;
    private final CaseFilePages pages;
    private final FormChecks checks;

    NeglectToolController(NeglectTool neglectTool, CaseFilePages pages, FormChecks checks) {
        this.neglectTool = neglectTool;
        this.pages = pages;
        this.checks = checks;
    }

    @GetMapping("/children/{id}/neglect-tool")
    String show(@PathVariable PersonId id, HttpSession session, Model model) {
        pages.open(id, "VIEW_NEGLECT_TOOL", session);
        return page(model, id, Map.of(), NeglectToolForm.EMPTY);
    }

    @PostMapping("/children/{id}/neglect-tool")
    String record(@PathVariable PersonId id, FormFields posted, HttpSession session, Model model) {
        NeglectToolForm form = NeglectToolForm.from(posted);
        return pages.submit(id, "RECORD_NEGLECT_TOOL", session, me -> {
            InvalidInput.Errors errors = new InvalidInput.Errors();
            LocalDate completedOn = form.completedOn(errors);
            UUID completion = checks.checked(errors, () -> neglectTool.record(id, completedOn, form.tookPart(),
                    form.grades(), form.notes(), me));
            return Saved.redirect("/children/" + id + "/neglect-tool", "Neglect tool completion recorded",
                    "completion-" + completion);
        }, errors -> page(model, id, errors, form));
    }

    private static List<NeglectTool.Completion> latestFirst(List<NeglectTool.Completion> completions) {
        List<NeglectTool.Completion> latest = new ArrayList<>(completions);
        Collections.reverse(latest);
        return latest;
    }

    private String page(Model model, PersonId id, Map<String, String> errors, NeglectToolForm form) {
        NeglectToolDefinition tool = neglectTool.definition();
        List<NeglectTool.Completion> completions = neglectTool.completions(id);
        Map<String, List<Code>> options = new LinkedHashMap<>();
        for (NeglectToolDefinition.Item item : tool.items()) {
            options.put(item.id(), IntStream.rangeClosed(1, NeglectToolDefinition.GRADES)
                    .mapToObj(g -> new Code(String.valueOf(g), g + ": " + item.descriptors().get(g - 1))).toList());
        }
        // The chart reads oldest first; the table shows the latest (the one just recorded) first.
        model.addAttribute("personId", id).addAttribute("tool", tool).addAttribute("completions", completions)
                .addAttribute("latestFirst", latestFirst(completions))
                .addAttribute("chart", NeglectChart.of(tool, completions)).addAttribute("trends", neglectTool.trends(id))
                .addAttribute("gradeOptions", options).addAttribute("errors", errors).addAttribute("form", form);
        return "assessment/neglect-tool";
    }
}
