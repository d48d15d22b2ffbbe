package hearth.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input a form did not catch itself (a mangled link, a bad id in an address) gets a
 * plain "could not understand" page, never a stack trace.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badRequest() {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 400);
        return page;
    }
}
