package hearth.frontdoor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest police notification file Hearth takes ({@code hearth.frontdoor.upload-max-bytes},
 * 20 MB unless set). A file a little over it reaches the page and is refused there; a
 * far larger one is turned back, by its declared length, before anything reads it
 * (the servlet container would otherwise fail while parsing the form, before any page
 * could say why), to the upload page with the same message. Never a 500 or a reset.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

    static final String PAGE = "/front-door/police-notifications";
    static final String TOO_LARGE = "tooLarge";
    /** Room for the form's other fields and the multipart boundaries. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    private final long maxBytes;

    UploadLimit(@Value("${hearth.frontdoor.upload-max-bytes:20971520}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    String tooLarge() {
        return "The file must be smaller than " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB"
                : maxBytes + " bytes") + ": split it into smaller files and upload each";
    }

    /** The container reads no more than this of any form; a chunked upload past it gets the 413 error page. */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        return new MultipartConfigElement("", -1, maxBytes + FORM_OVERHEAD, 1024 * 1024);
    }

    /** Ahead of security, whose CSRF check would otherwise parse the oversized form. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadTooLarge() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxBytes + FORM_OVERHEAD) {
                    response.sendRedirect(request.getContextPath() + PAGE + "?" + TOO_LARGE);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns(PAGE);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
