package hearth.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one page a user sees when they lose a race: what the record is now, who changed it
 * and when, that their own change was not saved, and a way back to look again. A conflict
 * (409), never a server error.
 */
@ControllerAdvice
class ConcurrentEditAdvice {

    @ExceptionHandler(ConcurrentEdit.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView changedBySomeoneElse(ConcurrentEdit edit, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("changed-by-someone-else");
        page.addObject("what", edit.what());
        page.addObject("latest", edit.latest().orElse(null));
        page.addObject("back", back(request.getHeader("Referer")));
        return page;
    }

    /** Back to the page the form was on; only its path, so a forged Referer cannot send the user elsewhere. */
    static String back(String referer) {
        try {
            String path = referer == null ? null : URI.create(referer).getRawPath();
            return path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
    }
}
