package hearth.platform;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input a form did not catch itself (a mangled link, a bad id in an address, a tampered
 * hidden field) gets a plain "could not understand" page, never a stack trace.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class, BindException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badRequest() {
        return page();
    }

    /**
     * Text PostgreSQL cannot store (a NUL character) in a field no rule checked. The
     * transaction has rolled back, so nothing was stored; anything else is a fault.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView unstorable(DataIntegrityViolationException e, jakarta.servlet.http.HttpServletResponse response) {
        String cause = e.getMostSpecificCause().getMessage();
        if (cause == null || !cause.contains("invalid byte sequence")) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page();
    }

    private static ModelAndView page() {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 400);
        return page;
    }
}
