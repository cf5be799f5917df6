package org.stepline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics endpoint's own access rule: a bearer token from the environment ({@code STEPLINE_METRICS_TOKEN}),
 * for the monitoring system, never a staff session. Without a token set, metrics are not served at all.
 */
@Configuration
class MetricsAccess {

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // commands run without a web server
    SecurityFilterChain metricsChain(HttpSecurity http, @Value("${stepline.metrics.token:}") String token)
            throws Exception {
        return http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new BearerToken(token), AbstractPreAuthenticatedProcessingFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // read-only, no cookie
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** Lets the request through only with {@code Authorization: Bearer <token>}; compared in constant time. */
    static final class BearerToken extends OncePerRequestFilter {

        private final byte[] expected;

        BearerToken(String token) {
            this.expected = token.isBlank() ? new byte[0] : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String given = request.getHeader("Authorization");
            if (expected.length > 0
                    && given != null
                    && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(
                    expected.length == 0 ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
