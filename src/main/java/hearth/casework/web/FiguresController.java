package hearth.casework.web;

import hearth.access.StaffMember;
import hearth.casework.CaseloadFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Caseload figures with a chart and its table; no child is named. */
@Controller
class FiguresController {

    private final CaseloadFigures figures;

    FiguresController(CaseloadFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/figures")
    String figures(Model model) {
        if (!StaffMember.require().role().seesFigures()) {
            return "redirect:/no-access";
        }
        var byKind = figures.openInvolvementsByKind();
        model.addAttribute("byKind", byKind)
                .addAttribute("maxKind", byKind.stream().mapToLong(CaseloadFigures.Figure::value).max().orElse(1))
                .addAttribute("teams", figures.caseloadsByTeam());
        return "casework/figures";
    }
}
