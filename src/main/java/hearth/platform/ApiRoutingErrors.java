package hearth.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that match no controller (an unknown address, the wrong method, an Accept or
 * Content-Type no endpoint handles): a partner API call gets a problem detail; a page
 * gets the same error page as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoutingErrors {

    private final ApiProblems problems;

    ApiRoutingErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            HttpMediaTypeNotSupportedException.class})
    ModelAndView unrouted(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorResponse error = (ErrorResponse) e;
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (!ApiProblems.isApi(request)) {
            response.sendError(error.getStatusCode().value());
            return new ModelAndView();
        }
        problems.write(request, response, typeOf(e), detailOf(e, request), Map.of());
        return null;
    }

    private static ProblemType typeOf(Exception e) {
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return ProblemType.METHOD_NOT_ALLOWED;
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE;
        }
        return e instanceof HttpMediaTypeNotSupportedException ? ProblemType.UNSUPPORTED_MEDIA_TYPE
                : ProblemType.NOT_FOUND;
    }

    private static String detailOf(Exception e, HttpServletRequest request) {
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return request.getMethod() + " is not taken here; use "
                    + String.join(" or ", m.getSupportedMethods() == null ? new String[0] : m.getSupportedMethods());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "The API answers in application/json only";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "Send the body as application/json, not "
                    + (request.getContentType() == null ? "without a Content-Type" : request.getContentType());
        }
        return "There is nothing at " + request.getRequestURI();
    }
}
