package hearth.access.web;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import hearth.platform.ApiProblems;
import hearth.platform.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Partner systems call the JSON API with OAuth 2.0 client credentials (bearer JWTs). In the
 * default run Hearth issues the tokens itself to demo partner clients; a council points
 * the resource server at its own identity provider instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    static final String ORGANISATION_CLAIM = "organisation";
    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/openapi.yaml", "/api/problems", "/api/problems/**").permitAll()
                        .requestMatchers("/api/v1/referrals/**").hasAuthority("SCOPE_referrals")
                        .requestMatchers("/api/v1/police-notifications/**").hasAuthority("SCOPE_notifications")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The standard WWW-Authenticate header, and a problem detail saying what to do. */
    private static AuthenticationEntryPoint unauthenticated(ApiProblems problems) {
        BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            standard.commence(request, response, e);
            problems.write(request, response, ProblemType.UNAUTHENTICATED, request.getHeader("Authorization") == null
                    ? "Send a bearer token from /oauth2/token" : "The bearer token is not valid or has expired", Map.of());
        };
    }

    private static AccessDeniedHandler forbidden(ApiProblems problems) {
        BearerTokenAccessDeniedHandler standard = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            standard.handle(request, response, e);
            problems.write(request, response, ProblemType.FORBIDDEN,
                    "The token's scopes do not allow " + request.getMethod() + " " + request.getRequestURI(), Map.of());
        };
    }

    @Bean
    RegisteredClientRepository partnerClients(PasswordEncoder passwords,
                                              @Value("${hearth.api.demo-client-secret:}") String configuredSecret) {
        String secret = configuredSecret.isBlank() ? randomSecret() : configuredSecret;
        if (configuredSecret.isBlank()) {
            log.info("Demo partner API clients brackenford-police and oakfield-primary have the secret {} "
                    + "(set hearth.api.demo-client-secret to choose one)", secret);
        }
        return new InMemoryRegisteredClientRepository(List.of(
                client("brackenford-police", "Brackenford Police", secret, passwords, "referrals", "notifications"),
                client("oakfield-primary", "Oakfield Primary School", secret, passwords, "referrals")));
    }

    /** Puts the partner's organisation in its tokens, so the API shows it only its own referrals. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationClaim() {
        return context -> context.getClaims().claim(ORGANISATION_CLAIM, context.getRegisteredClient().getClientName());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    KeyPair tokenSigningKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(KeyPair keys) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(KeyPair keys) {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
    }

    private static RegisteredClient client(String id, String organisation, String secret, PasswordEncoder passwords,
                                           String... scopes) {
        RegisteredClient.Builder builder = RegisteredClient.withId(id).clientId(id).clientName(organisation)
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build());
        for (String scope : scopes) {
            builder.scope(scope);
        }
        return builder.build();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
