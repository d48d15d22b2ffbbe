package hearth.access.web;

import hearth.access.AccessDenied;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Turns a refused record into the "you do not have access" page (the refusal is already audited). */
@ControllerAdvice
class AccessDeniedAdvice {

    @ExceptionHandler(AccessDenied.class)
    ModelAndView denied(AccessDenied denied) {
        if (denied.reasonWouldAllow()) {
            return new ModelAndView("redirect:/children/" + denied.personId() + "/reason");
        }
        ModelAndView page = new ModelAndView("access/no-access");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
