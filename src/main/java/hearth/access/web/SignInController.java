package hearth.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn() {
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
