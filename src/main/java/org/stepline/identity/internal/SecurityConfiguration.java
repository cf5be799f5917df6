package org.stepline.identity.internal;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which pages. Role rules live here, in one place; rules about a particular patient (same team)
 * are checked by the patients module on every read and change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    static final String CLINICAL = "hasAnyRole('PRACTITIONER', 'SUPERVISOR')";

    @Bean
    @ConditionalOnWebApplication // commands (import, export, report) run without a web server
    SecurityFilterChain web(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(pages -> pages
                        .requestMatchers("/login", "/error", "/403", "/css/**", "/js/**", "/vendor/**", "/assets/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/q/**").permitAll() // patients' questionnaire links: the token and date of birth guard them
                        .requestMatchers("/stop/**").permitAll() // patients' opt-out links: the token guards them
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/overview/**").hasAnyRole("MANAGER", "SUPERVISOR")
                        .requestMatchers("/reports/**", "/api/outcomes/**").hasAnyRole("MANAGER", "SUPERVISOR")
                        .requestMatchers("/caseload/**", "/waiting-list/**", "/patients/**", "/referrals/**",
                                "/appointments/**", "/questionnaire-requests/**", "/risk-alerts/**", "/supervision/**").access(new org.springframework.security.web.access.expression
                                .WebExpressionAuthorizationManager(CLINICAL))
                        .requestMatchers("/").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // sessions are registered so that changing or disabling an account ends its sessions at once
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?accountChanged"))
                // a missing or stale CSRF token is a request Stepline cannot read (400), not a refusal of the role
                .exceptionHandling(errors -> errors.accessDeniedHandler(new CsrfAware(forbiddenPage())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static AccessDeniedHandlerImpl forbiddenPage() {
        var page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/403");
        return page;
    }

    /** Answers a CSRF refusal with the 400 page, any other refusal with the 403 page. */
    private record CsrfAware(AccessDeniedHandler otherwise) implements AccessDeniedHandler {
        @Override
        public void handle(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, AccessDeniedException denied)
                throws java.io.IOException, jakarta.servlet.ServletException {
            if (denied instanceof CsrfException) {
                response.sendError(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            } else {
                otherwise.handle(request, response, denied);
            }
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    @ConditionalOnWebApplication
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt still accepted so that hashes from another system can be imported.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
