package hearth.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages the API's problem {@code type} URIs point at, one short explanation each. */
@Controller
class ProblemTypesController {

    @GetMapping(ApiProblems.PAGES)
    String all(Model model) {
        model.addAttribute("types", ProblemType.values());
        return "platform/problem-types";
    }

    @GetMapping(ApiProblems.PAGES + "/{slug}")
    String one(@PathVariable String slug, Model model) {
        model.addAttribute("types", ProblemType.bySlug(slug)
                .orElseThrow(() -> InvalidInput.of("slug", "There is no problem type " + slug)));
        return "platform/problem-types";
    }
}
