package org.stepline.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Failed sign-ins ({@code stepline.sign-in.failures{reason=…}}): a rising count is an attack or a confused user. */
@Component
class SignInMetrics {

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Counter.builder("stepline.sign-in.failures")
                .description("Failed sign-ins")
                .tag("reason", reason(event.getException().getClass().getSimpleName()))
                .register(registry)
                .increment();
    }

    /** A small, fixed set of tag values (a metric must not grow a series per exception class or per user). */
    static String reason(String exception) {
        return switch (exception) {
            case "BadCredentialsException" -> "bad-credentials";
            case "LockedException" -> "locked";
            case "DisabledException" -> "disabled";
            case "WaitException" -> "address-waiting"; // AddressThrottle: refused before the password was checked
            case "BusyException" -> "busy"; // BoundedPasswordEncoder: every hashing turn was taken
            default -> "other";
        };
    }
}
