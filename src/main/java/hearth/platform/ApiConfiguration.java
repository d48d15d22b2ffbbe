package hearth.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** Ahead of security, so an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(@Value("${hearth.api.max-body-bytes:1048576}") long maxBytes,
                                                      ApiProblems problems) {
        FilterRegistrationBean<ApiBodyLimit> registration = new FilterRegistrationBean<>(
                new ApiBodyLimit(maxBytes, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
