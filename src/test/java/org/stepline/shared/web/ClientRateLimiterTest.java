package org.stepline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @Test
    void eachClientHasItsOwnLimitPerWindow() {
        var limiter = new ClientRateLimiter(3, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another client").isTrue();
        now.addAndGet(30_000);
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.secondsUntilNextWindow("10.0.0.1")).isEqualTo(30);
        now.addAndGet(30_000);
        assertThat(limiter.tryAcquire("10.0.0.1")).as("a new minute").isTrue();
    }

    @Test
    void aFloodOfAddressesCostsBoundedMemory() {
        var limiter = new ClientRateLimiter(1, Duration.ofMinutes(1), 1_000, clock);
        assertThat(limiter.tryAcquire("first")).isTrue();
        for (int i = 0; i < 100_000; i++) {
            limiter.tryAcquire("flood-" + i);
        }
        assertThat(limiter.tryAcquire("flood-99999")).isFalse();
        assertThat(limiter.tryAcquire("first")).as("forgotten, so let in again").isTrue();
    }
}
