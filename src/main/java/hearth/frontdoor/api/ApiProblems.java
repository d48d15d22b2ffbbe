package hearth.frontdoor.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/** Every API failure is a problem detail (application/problem+json), never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail problem(ApiProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        detail.setType(URI.create("https://hearth.example/problems/" + problem.status().value()));
        if (!problem.errors().isEmpty()) {
            detail.setProperty("errors", problem.errors());
        }
        return detail;
    }

    /** Two requests with one Idempotency-Key at the same moment: the second is told to retry. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail concurrent() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is being processed; retry it to get its result");
    }

    @ExceptionHandler({JacksonException.class, HttpMessageNotReadableException.class})
    ProblemDetail unreadable(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON in the referral layout: " + firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
