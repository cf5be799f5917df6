package org.stepline.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local accounts' second factor (time-based one-time codes).
 *
 * @param required whether every local account must have one: someone without is sent to set it up after their password
 * @param encryptionKey the key secrets are encrypted with ({@code STEPLINE_SECOND_FACTOR_KEY}); the same on every node
 * @param issuer the name authenticator apps show beside the account
 */
@ConfigurationProperties("stepline.second-factor")
public record SecondFactorProperties(
        @DefaultValue("false") boolean required,
        @Nullable String encryptionKey,
        @DefaultValue("Stepline") String issuer) {}
