package hearth.access.web;

import hearth.platform.KeptForms;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the CSRF check: a record form posted with a session that has ended would be
 * refused and its text lost. The text is kept in a new session instead, and the user is
 * sent to sign in; the form offers it back afterwards. Only a request that carries the
 * ended session's cookie is kept, so a stranger cannot plant text in someone's form.
 */
class ExpiredSessionFormKeeper extends OncePerRequestFilter {

    /** Record forms whose page is at the same address (visits, supervision, oversight). */
    static final Pattern KEPT = Pattern.compile("^/children/[0-9a-f-]{36}/(visits|supervision|oversight)$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid() && KEPT.matcher(path).matches()) {
            Map<String, String> fields = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> fields.put(name, String.join(",", values)));
            KeptForms.keep(request.getSession(true), path, fields);
            response.sendRedirect(request.getContextPath() + "/sign-in?timeout");
            return;
        }
        chain.doFilter(request, response);
    }
}
