package org.stepline.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules. The first administrator's password and the demo staff password come from the environment
 * ({@code STEPLINE_ADMIN_PASSWORD}, {@code STEPLINE_DEMO_PASSWORD}), never from files.
 *
 * @param maxFailedSignIns wrong passwords in a row that lock an account
 * @param lockout how long the lock lasts; afterwards the count starts afresh
 * @param addressFreeFailures failed sign-ins from one client address before it has to wait
 * @param addressFirstWait the wait after the first failure beyond the free ones; it doubles with each further one
 * @param addressLongestWait the longest an address waits
 * @param addressForgetAfter an address's failures are forgotten after this long without one
 * @param passwordHashesAtOnce password hashes computed at the same time (0: one per processor)
 * @param passwordHashQueue sign-ins that may wait for a hash on top of those being hashed; more are refused
 * @param passwordHashWait how long a sign-in waits for its turn to be hashed before it is refused
 */
@ConfigurationProperties("stepline.security")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("5") int addressFreeFailures,
        @DefaultValue("1s") Duration addressFirstWait,
        @DefaultValue("5m") Duration addressLongestWait,
        @DefaultValue("15m") Duration addressForgetAfter,
        @DefaultValue("0") int passwordHashesAtOnce,
        @DefaultValue("16") int passwordHashQueue,
        @DefaultValue("2s") Duration passwordHashWait) {

    SignInRules.Slowing slowing() {
        return new SignInRules.Slowing(addressFreeFailures, addressFirstWait, addressLongestWait, addressForgetAfter);
    }

    int hashesAtOnce() {
        return passwordHashesAtOnce > 0
                ? passwordHashesAtOnce
                : Runtime.getRuntime().availableProcessors();
    }
}
