package org.stepline.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stepline.shared.web.ClientRateLimiter;

/**
 * The patients' link pages ({@code /q/…}, {@code /stop/…}) are public, so each client address may open only so many
 * of them a minute; past that it gets a plain "too many requests" page (429), before sign-in, CSRF or the database
 * are reached. Guessing a 256-bit link stays hopeless, and now cheap for the server too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PublicPageRateLimit {

    static final String[] PATHS = {"/q/*", "/stop/*"};

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicPageRateLimitFilter(
            @Value("${stepline.public-pages.requests-per-minute:30}") int perMinute) {
        var limiter = new ClientRateLimiter(perMinute, Duration.ofMinutes(1), 100_000, Clock.systemUTC());
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Limited(limiter));
        registration.addUrlPatterns(PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Refuses a request over its client's limit; any other goes on. */
    static final class Limited extends OncePerRequestFilter {

        private final ClientRateLimiter limiter;

        Limited(ClientRateLimiter limiter) {
            this.limiter = limiter;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String client = request.getRemoteAddr();
            if (limiter.tryAcquire(client)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Retry-After", String.valueOf(limiter.secondsUntilNextWindow(client)));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }
}
