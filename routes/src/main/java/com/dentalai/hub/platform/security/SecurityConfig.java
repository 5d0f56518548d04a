package com.dentalai.hub.platform.security;

import com.dentalai.hub.platform.web.ProblemWriter;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import jakarta.servlet.http.HttpServletRequest;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, at the URL level. Three chains:
 * <ol>
 *   <li>the operator console (Hawtio, Jolokia): a browser app, so HTTP Basic against the hub's own
 *       users with a session and CSRF cookie, OPERATOR or PLATFORM_ADMIN only;
 *   <li>the Prometheus scrape: Basic or Bearer, stateless, OPERATOR or PLATFORM_ADMIN;
 *   <li>everything else: stateless Bearer JWT, with the few public paths (webhooks verify their own
 *       signatures, the public web chat, login, health).
 * </ol>
 * Finer decisions (which tenant, which permission) belong to {@code PermissionPolicy} in the gate
 * and the controllers; this class only keeps anonymous and wrong-role callers out early.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {
        "/webhooks/**",
        "/api/v1/chat",
        "/chat/**",
        "/api/v1/auth/login",
        "/api/v1/auth/accept-invite",
        "/actuator/health",
        "/actuator/health/**",
        "/error"
    };
    private static final String[] CONSOLE_PATHS = {
        "/actuator/hawtio", "/actuator/hawtio/**", "/actuator/jolokia", "/actuator/jolokia/**"
    };
    private static final String[] OPERATOR_ROLES = {"OPERATOR", "PLATFORM_ADMIN"};

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties props) {
        return new BCryptPasswordEncoder(props.bcryptStrength());
    }

    @Bean
    SecretKey hubJwtKey(SecurityProperties props, Environment env) {
        return JwtKeys.resolve(props.jwtSecret(), env);
    }

    @Bean
    JwtEncoder hubJwtEncoder(SecretKey hubJwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(hubJwtKey));
    }

    @Bean
    JwtDecoder hubJwtDecoder(SecretKey hubJwtKey, SecurityProperties props) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(hubJwtKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(withSubject(JwtValidators.createDefaultWithIssuer(props.issuer())));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> withSubject(OAuth2TokenValidator<Jwt> base) {
        return new DelegatingOAuth2TokenValidator<>(
                base, new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()));
    }

    /** Hub tokens always; an external OIDC issuer's tokens too when one is configured. */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication(
            JwtDecoder hubJwtDecoder, SecurityProperties props) {
        JwtAuthenticationProvider hub = new JwtAuthenticationProvider(hubJwtDecoder);
        hub.setJwtAuthenticationConverter(PrincipalJwtConverter.hub());
        AuthenticationManager hubManager = new ProviderManager(hub);
        if (!props.oidc().enabled()) {
            return request -> hubManager;
        }
        SecurityProperties.Oidc oidc = props.oidc();
        AuthenticationManager external = new ProviderManager(new LazyOidcProvider(oidc));
        return new JwtIssuerAuthenticationManagerResolver(issuer ->
                issuer.equals(props.issuer()) ? hubManager : issuer.equals(oidc.issuerUri()) ? external : null);
    }

    @Bean
    @Order(1)
    SecurityFilterChain consoleChain(HttpSecurity http, LoginService login, ProblemWriter writer) throws Exception {
        ProblemSecurityHandlers handlers = ProblemSecurityHandlers.basic(writer);
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        http.securityMatcher(ant(CONSOLE_PATHS))
                .authenticationManager(new ProviderManager(new PasswordAuthenticationProvider(login)))
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(OPERATOR_ROLES))
                // a session after the first Basic login: Hawtio polls Jolokia, BCrypt per poll would hurt
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .securityContext(c -> c.securityContextRepository(sessions))
                .httpBasic(b -> b.authenticationEntryPoint(handlers).securityContextRepository(sessions))
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new PrincipalMdcFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain metricsChain(
            HttpSecurity http,
            LoginService login,
            ProblemWriter writer,
            AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication)
            throws Exception {
        ProblemSecurityHandlers handlers = ProblemSecurityHandlers.basic(writer);
        http.securityMatcher("/actuator/prometheus")
                .authenticationManager(new ProviderManager(new PasswordAuthenticationProvider(login)))
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(OPERATOR_ROLES))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(handlers))
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(bearerAuthentication)
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ProblemWriter writer,
            AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication)
            throws Exception {
        ProblemSecurityHandlers handlers = ProblemSecurityHandlers.bearer(writer);
        http.authorizeHttpRequests(a ->
                        a.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens are not sent automatically by browsers: no CSRF exposure on this chain
                .csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(bearerAuthentication)
                        .bearerTokenResolver(ignoringPublicPaths())
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new PrincipalMdcFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Plain servlet-path matching: the console paths are served by Hawtio's and Jolokia's own
     * servlets/controllers, which MVC-aware matchers do not always see.
     */
    private static RequestMatcher ant(String... patterns) {
        return new OrRequestMatcher(java.util.Arrays.stream(patterns)
                .map(p -> (RequestMatcher) new AntPathRequestMatcher(p))
                .toList());
    }

    /** A stray or stale Authorization header must not turn a public call (web chat) into a 401. */
    private static BearerTokenResolver ignoringPublicPaths() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        RequestMatcher open = ant(PUBLIC_PATHS);
        return request -> open.matches(request) ? null : tokens.resolve(request);
    }

    /** Resolves the external issuer's keys on first use, so an unreachable IdP cannot stop start-up. */
    private static final class LazyOidcProvider
            implements org.springframework.security.authentication.AuthenticationProvider {

        private final SecurityProperties.Oidc oidc;
        private volatile JwtAuthenticationProvider delegate;

        LazyOidcProvider(SecurityProperties.Oidc oidc) {
            this.oidc = oidc;
        }

        @Override
        public org.springframework.security.core.Authentication authenticate(
                org.springframework.security.core.Authentication authentication) {
            JwtAuthenticationProvider d = delegate;
            if (d == null) {
                synchronized (this) {
                    if (delegate == null) {
                        JwtAuthenticationProvider p =
                                new JwtAuthenticationProvider(JwtDecoders.fromIssuerLocation(oidc.issuerUri()));
                        p.setJwtAuthenticationConverter(
                                new PrincipalJwtConverter(oidc.usernameClaim(), oidc.tenantClaim(), oidc.rolesClaim()));
                        delegate = p;
                    }
                    d = delegate;
                }
            }
            return d.authenticate(authentication);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken
                    .class
                    .isAssignableFrom(authentication);
        }
    }
}
