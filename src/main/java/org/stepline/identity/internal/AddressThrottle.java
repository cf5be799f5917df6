package org.stepline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down failed sign-ins per client address (table {@code sign_in_throttle}, shared by every node): an address
 * that keeps failing must wait longer and longer before its next attempt is even checked. A refused attempt costs
 * one indexed read and holds no thread, and it counts against neither the address nor any account, so an attacker
 * is slowed down without the real user's account being locked.
 */
@Component
class AddressThrottle {

    /** An attempt refused because its address must wait a little longer. */
    static final class WaitException extends AuthenticationServiceException {

        private final long seconds;

        WaitException(Duration wait) {
            super("Too many failed sign-ins from this address");
            this.seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        long seconds() {
            return seconds;
        }
    }

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    AddressThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses the attempt when the address has to wait. */
    void check(@Nullable String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        notBefore(address).filter(until -> until.isAfter(now)).ifPresent(until -> {
            throw new WaitException(Duration.between(now, until));
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(@Nullable String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        var state = jdbc.sql(
                        "select failures, last_failure, not_before from sign_in_throttle where address = ? for update")
                .param(address)
                .query((rs, n) -> new SignInRules.Throttle(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional()
                .orElse(null);
        var after = SignInRules.afterFailure(state, now, properties.slowing());
        // the first failure of an address inserts its row; two nodes inserting at once both count
        jdbc.sql("""
                insert into sign_in_throttle (address, failures, last_failure, not_before) values (?, ?, ?, ?)
                on conflict (address) do update set failures = case when ? then excluded.failures
                        else sign_in_throttle.failures + 1 end,
                    last_failure = excluded.last_failure, not_before = excluded.not_before""")
                .params(address, after.failures(), utc(after.lastFailure()), utc(after.notBefore()), state != null)
                .update();
        jdbc.sql("delete from sign_in_throttle where last_failure < ?")
                .param(utc(now.minus(Duration.ofDays(1))))
                .update();
    }

    private Optional<Instant> notBefore(String address) {
        return jdbc.sql("select not_before from sign_in_throttle where address = ?")
                .param(address)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
