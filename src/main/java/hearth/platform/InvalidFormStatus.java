package hearth.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again with its error summary answers 400, not 200, so a script, a test or
 * an accessibility checker can tell a refused form from a page that simply loaded. Every
 * page passes its field messages as the model's {@code errors}; this is the one place
 * that turns them into the status.
 */
class InvalidFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")
                && page.getModel().get("errors") instanceof Map<?, ?> errors && !errors.isEmpty()
                && response.getStatus() < 400) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
