package hearth.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes API errors as {@code application/problem+json} (RFC 9457), from a controller or
 * from a filter that answers before any controller runs (401, 403, 413). Written here
 * rather than through content negotiation, so an error is a problem detail whatever the
 * request's Accept header said.
 */
@Component
public class ApiProblems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String PAGES = "/api/problems";

    private final String baseUrl;
    private final JsonMapper json;

    ApiProblems(@Value("${hearth.api.problem-base-url:}") String baseUrl, JsonMapper json) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.json = json;
    }

    /** True for a partner API call, which gets problem details rather than pages. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.startsWith(PAGES);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
        write(request, response, problem.type(), problem.getMessage(), problem.errors());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
                      Map<String, String> errors) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeUri(request, type));
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        response.setStatus(type.status().value());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body));
        response.flushBuffer();
    }

    /**
     * Under the configured base, or by default on this Hearth itself, where each type's
     * page explains it: a partner's developer can follow the link from the error.
     */
    String typeUri(HttpServletRequest request, ProblemType type) {
        String base = baseUrl.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).path(PAGES).build().toUriString() : baseUrl;
        return base + "/" + type.slug();
    }
}
