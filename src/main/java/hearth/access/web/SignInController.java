package hearth.access.web;

import hearth.access.SignInNotice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final List<SignInNotice> notices;

    SignInController(List<SignInNotice> notices) {
        this.notices = notices;
    }

    /** A refused sign-in comes back here with "error": the page's title then begins "Error: ". */
    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        model.addAttribute("signInRefused", request.getParameterMap().containsKey("error"));
        model.addAttribute("notices", notices.stream().map(SignInNotice::current).flatMap(Optional::stream).toList());
        return "access/sign-in";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "access/signed-out";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/no-access")
    String noAccess() {
        return "access/no-access";
    }
}
