package hearth.access.web;

import hearth.access.Role;
import hearth.access.SignInNotice;
import hearth.access.StaffMember;
import jakarta.servlet.RequestDispatcher;
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

    /**
     * Where a refused page lands (Spring Security forwards here with 403). A performance officer
     * asking for people's records is told what they can do instead, since no record will ever
     * open to them; everyone else is told who records are open to.
     */
    @GetMapping("/no-access")
    String noAccess(HttpServletRequest request) {
        Object refused = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean aboutPeople = refused instanceof String uri && (uri.contains("/people") || uri.contains("/children"));
        boolean figuresOnly = StaffMember.current().map(me -> me.role() == Role.PERFORMANCE_OFFICER).orElse(false);
        return aboutPeople && figuresOnly ? "access/figures-not-people" : "access/no-access";
    }
}
