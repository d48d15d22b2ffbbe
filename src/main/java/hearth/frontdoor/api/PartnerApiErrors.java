package hearth.frontdoor.api;

import hearth.platform.ApiProblem;
import hearth.platform.ApiProblems;
import hearth.platform.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Every failure inside the partner API's controllers is a problem detail
 * (application/problem+json), never a page or a stack trace. Errors before a controller
 * runs (401, 403, 413, 404, 405, 406, 415) are answered in the same form by the platform.
 */
@ControllerAdvice(basePackageClasses = PartnerApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerApiErrors {

    private static final Logger log = LoggerFactory.getLogger(PartnerApiErrors.class);

    private final ApiProblems problems;

    PartnerApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblem.class)
    void problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, problem);
    }

    /** Two requests with one Idempotency-Key at the same moment: the second is told to retry. */
    @ExceptionHandler(DuplicateKeyException.class)
    void concurrent(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ProblemType.REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is being processed; retry it to get its result", Map.of());
    }

    @ExceptionHandler({JacksonException.class, HttpMessageNotReadableException.class})
    void unreadable(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, Unreadable.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badPathOrParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        problems.write(request, response, ApiProblem.invalid("The address",
                Map.of(e.getName(), e.getName() + " must be a " + typeName(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    void missingHeader(MissingRequestHeaderException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, ApiProblem.invalid("The request",
                Map.of(e.getHeaderName(), "The " + e.getHeaderName() + " header is required")));
    }

    /** A fault in Hearth: still a problem detail, with nothing of its insides. */
    @ExceptionHandler(Exception.class)
    void fault(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.error("Partner API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        problems.write(request, response, ProblemType.SERVER_ERROR,
                "Hearth could not complete the request; nothing was stored", Map.of());
    }

    private static String typeName(Class<?> type) {
        return type == java.util.UUID.class || type != null && hearth.platform.TypedId.class.isAssignableFrom(type)
                ? "UUID like 3f2b8c1e-6a4d-4c1b-9a57-2d1e0f9b7c44"
                : type == null ? "value of the right type" : type.getSimpleName();
    }
}
