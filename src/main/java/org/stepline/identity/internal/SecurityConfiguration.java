package org.stepline.identity.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may reach which pages. Role rules live here, in one place; rules about a particular patient (same team)
 * are checked by the patients module on every read and change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    IdentityProperties.class,
    OrganisationSignInProperties.class,
    SecondFactorProperties.class
})
class SecurityConfiguration {

    static final String CLINICAL = "hasAnyRole('PRACTITIONER', 'SUPERVISOR')";

    @Bean
    @ConditionalOnWebApplication // commands (import, export, report) run without a web server
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<OrganisationSignIn> organisation) throws Exception {
        http.authorizeHttpRequests(pages -> pages.requestMatchers(
                                "/login",
                                "/error",
                                "/403",
                                "/css/**",
                                "/js/**",
                                "/vendor/**",
                                "/assets/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/login/organisation/**", "/login/refused")
                        .permitAll() // OrganisationSignIn
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/q/**")
                        .permitAll() // patients' questionnaire links: the token and date of birth guard them
                        .requestMatchers("/stop/**")
                        .permitAll() // patients' opt-out links: the token guards them
                        .requestMatchers("/self-referral", "/self-referral/**")
                        .permitAll() // public self-referral: no account, nothing about patients shown
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/reallocate/**")
                        .hasAnyRole("ADMIN", "SUPERVISOR") // moving referrals between practitioners
                        .requestMatchers("/overview/**")
                        .hasAnyRole("MANAGER", "SUPERVISOR")
                        .requestMatchers("/reports/**", "/api/outcomes/**")
                        .hasAnyRole("MANAGER", "SUPERVISOR")
                        .requestMatchers(
                                "/caseload/**",
                                "/waiting-list/**",
                                "/patients/**",
                                "/referrals/**",
                                "/appointments/**",
                                "/questionnaire-requests/**",
                                "/risk-alerts/**",
                                "/supervision/**",
                                "/formulation/**")
                        .access(
                                new org.springframework.security.web.access.expression
                                        .WebExpressionAuthorizationManager(CLINICAL))
                        .requestMatchers("/")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // sessions live in PostgreSQL (Spring Session JDBC): AccountSessions ends them on every node;
                // a missing or stale CSRF token is a request Stepline cannot read (400), not a refusal of the role
                .exceptionHandling(errors -> errors.accessDeniedHandler(new CsrfAware(forbiddenPage()))
                        .authenticationEntryPoint(new SessionEndedEntryPoint()))
                .addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class)
                .addFilterBefore(new SecondStepRequired(), AuthorizationFilter.class);
        withHeaders(http);
        var organisationSignIn = organisation.getIfAvailable();
        if (organisationSignIn != null) {
            organisationSignIn.applyTo(http);
        }
        return http.build();
    }

    /**
     * The patient's side of a shared formulation board ({@code /join/**}: the code, the link, the board itself):
     * no session at all, so an edit or a stream costs no session read or write on any node. The participation
     * cookie set on joining authorises (checked by the formulation module); every form is guarded by a CSRF token
     * kept in a cookie of its own (double submit), limited to {@code /join} and same-site only.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain participation(HttpSecurity http) throws Exception {
        var csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookiePath("/join");
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher("/join", "/join/**")
                .authorizeHttpRequests(pages -> pages.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new CsrfAware(forbiddenPage())));
        return withHeaders(http).build();
    }

    /** The same security headers on every page, whichever chain serves it. */
    private static HttpSecurity withHeaders(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                + "form-action 'self'; base-uri 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
    }

    private static AccessDeniedHandlerImpl forbiddenPage() {
        var page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/403");
        return page;
    }

    /** Answers a CSRF refusal with the 400 page, any other refusal with the 403 page. */
    private record CsrfAware(AccessDeniedHandler otherwise) implements AccessDeniedHandler {
        @Override
        public void handle(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                AccessDeniedException denied)
                throws java.io.IOException, jakarta.servlet.ServletException {
            if (denied instanceof CsrfException) {
                response.sendError(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            } else {
                otherwise.handle(request, response, denied);
            }
        }
    }

    /**
     * No observation (timer, trace) per security filter, sign-in or authorisation decision, and no wrapping of the
     * filters to make them: every request paid for about fifteen, and {@code http.server.requests} already times the
     * whole request (docs/benchmarks.md, formulation eighth and tenth runs).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        // Argon2id for new hashes; bcrypt still accepted so that hashes from another system can be imported.
        var encoder = new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
        return new BoundedPasswordEncoder(
                encoder, properties.hashesAtOnce(), properties.passwordHashQueue(), properties.passwordHashWait());
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
