package hearth.platform;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * GOV.UK Frontend's precompiled stylesheet asks for its fonts and images at /assets, so its
     * assets folder is served there, as its documentation says to.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/");
        registry.addResourceHandler("/hearth/**").addResourceLocations("classpath:/static/hearth/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InvalidFormStatus());
    }

    /** Controllers take typed ids from addresses and forms ({@code @PathVariable PersonId id}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new TypedIds());
    }

    /** A form posted by id or row number ({@code progress-<outcome>}) reads its fields as one {@link FormFields}. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FormFields.Resolver());
    }

    @Bean
    Clock clock() {
        return Clock.system(London.ZONE);
    }
}
