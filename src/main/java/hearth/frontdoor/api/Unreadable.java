package hearth.frontdoor.api;

import hearth.platform.ApiProblem;
import hearth.platform.ProblemType;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * A body Jackson could not read, told in the partner's terms: which field, by JSON path,
 * had the wrong type. Jackson's own message names Java classes, so it is not passed on.
 */
final class Unreadable {

    private Unreadable() {
    }

    static ApiProblem of(Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String path = path(jackson);
            return new ApiProblem(ProblemType.MALFORMED_BODY, "The field " + path + " has the wrong JSON type",
                    Map.of(path, path + " has the wrong type; see the API description for its type"));
        }
        if (cause instanceof JacksonException) {
            return new ApiProblem(ProblemType.MALFORMED_BODY, "The body is not valid JSON");
        }
        return new ApiProblem(ProblemType.MALFORMED_BODY, "The body is missing or could not be read");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
