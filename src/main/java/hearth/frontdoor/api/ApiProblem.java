package hearth.frontdoor.api;

import hearth.platform.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An API error answered as an RFC 9457 problem detail naming each bad field. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, String> errors;

    ApiProblem(HttpStatus status, String detail, Map<String, String> errors) {
        super(detail);
        this.status = status;
        this.errors = errors;
    }

    static ApiProblem invalid(InvalidInput invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach((field, message) -> errors.put(ReferralRequest.jsonPath(field), message));
        return new ApiProblem(HttpStatus.BAD_REQUEST, "The request has " + errors.size() + " invalid field(s)", errors);
    }

    HttpStatus status() {
        return status;
    }

    Map<String, String> errors() {
        return errors;
    }
}
