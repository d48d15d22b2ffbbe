package hearth.access.web;

import hearth.access.CaseFileBar;
import hearth.access.CaseFilePages;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Fills the bar under the child's name (request attribute {@value #BAR}, read by the layout)
 * once the page's handler has opened the record: only a page that named the child
 * ({@link CaseFilePages#CHILD_ID}) gets one, so a refused user never sees it, and a redirect
 * asks nothing.
 */
@Configuration(proxyBeanMethods = false)
class CaseFileBarOnThePage implements WebMvcConfigurer, HandlerInterceptor {

    static final String BAR = "caseFileBar";

    /** Looked up per page, in their order, so the parts' modules need not exist when the web layer starts. */
    private final ObjectProvider<CaseFileBar> parts;

    CaseFileBarOnThePage(ObjectProvider<CaseFileBar> parts) {
        this.parts = parts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
                || !(request.getAttribute(CaseFilePages.CHILD_ID) instanceof PersonId child)) {
            return;
        }
        request.setAttribute(BAR, parts.orderedStream().flatMap(part -> part.about(child).stream()).toList());
    }
}
