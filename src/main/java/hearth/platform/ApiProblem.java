package hearth.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** An API error to answer as an RFC 9457 problem detail, naming each bad field by its JSON path. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> errors;

    public ApiProblem(ProblemType type, String detail, Map<String, String> errors) {
        super(detail);
        this.type = type;
        this.errors = new LinkedHashMap<>(errors);
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /** Field errors, already named by their JSON paths. */
    public static ApiProblem invalid(String what, Map<String, String> errors) {
        return new ApiProblem(ProblemType.INVALID_FIELDS, what + " has " + errors.size() + " invalid field(s)", errors);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
