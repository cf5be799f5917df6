package org.stepline.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules. The first administrator's password and the demo staff password come from the environment
 * ({@code STEPLINE_ADMIN_PASSWORD}, {@code STEPLINE_DEMO_PASSWORD}), never from files.
 */
@ConfigurationProperties("stepline.security")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout) {
}
