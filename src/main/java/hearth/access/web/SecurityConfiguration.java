package hearth.access.web;

import hearth.access.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Deny by default: every page needs a signed-in user, and pages about people need a
 * role that works with children's records. Whether a particular child's record opens
 * is decided per child by {@link hearth.access.CaseFileAccess}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * The hash of the layout's one inline script, GOV.UK Frontend's own line that marks the body
     * {@code govuk-frontend-supported} before any component starts: the policy allows that script
     * and no other inline one.
     */
    static final String GOVUK_FRONTEND_SUPPORTED = "sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw=";

    static final String[] FRONT_DOOR_ROLES = rolesThat(Role::worksAtTheFrontDoor);
    static final String[] CASEWORK_ROLES = rolesThat(Role::searchesPeople);

    private static String[] rolesThat(java.util.function.Predicate<Role> test) {
        return java.util.Arrays.stream(Role.values()).filter(test).map(Role::name).toArray(String[]::new);
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/hearth/**", "/sign-in", "/signed-out", "/error",
                                "/accessibility", "/no-access", "/actuator/health", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.SYSTEM_ADMINISTRATOR.name())
                        .requestMatchers("/referrals/**").hasRole(Role.PARTNER_REFERRER.name())
                        .requestMatchers("/front-door/**").hasAnyRole(FRONT_DOOR_ROLES)
                        .requestMatchers("/people/**", "/children/**").hasAnyRole(CASEWORK_ROLES)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").failureHandler(signInFailure())
                        .defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutUrl("/sign-out").deleteCookies("JSESSIONID")
                        .logoutSuccessHandler(signedOut()))
                .sessionManagement(session -> session.invalidSessionUrl("/sign-in?timeout"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/no-access"))
                .addFilterBefore(new ExpiredSessionFormKeeper(), CsrfFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self' '" + GOVUK_FRONTEND_SUPPORTED + "'; style-src 'self'; img-src 'self' data:; "
                                + "font-src 'self'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Checks the password before whether the account is locked or disabled, so a locked
     * account costs the same hashing time as an unknown username (which is hashed against a
     * dummy): a quicker refusal would tell a stranger that the username exists.
     */
    @Bean
    DaoAuthenticationProvider staffSignIn(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /**
     * One answer for every failed sign-in: a wrong password, an unknown username and a locked
     * account look the same, so the page never tells a stranger that a username exists.
     */
    private AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    /** The page's time-out posts the sign-out with "timeout", so the signed-out page can say why. */
    private LogoutSuccessHandler signedOut() {
        return (request, response, authentication) -> response.sendRedirect(request.getContextPath()
                + (request.getParameter("timeout") != null ? "/signed-out?timeout" : "/signed-out"));
    }
}
