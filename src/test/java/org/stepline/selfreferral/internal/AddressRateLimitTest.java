package org.stepline.selfreferral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressRateLimitTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-06-15T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void eachAddressMaySendAFewReferralsAnHour() {
        var clock = new MovableClock();
        var limit = new AddressRateLimit(clock);
        for (int i = 0; i < AddressRateLimit.SENDS; i++) {
            assertThat(limit.allowSend("192.0.2.1")).isTrue();
        }
        assertThat(limit.allowSend("192.0.2.1")).isFalse();
        assertThat(limit.allowSend("192.0.2.2")).as("another address").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(limit.allowSend("192.0.2.1")).as("an hour later").isTrue();
    }

    @Test
    void pagesAreLimitedToo() {
        var limit = new AddressRateLimit(new MovableClock());
        for (int i = 0; i < AddressRateLimit.PAGES; i++) {
            limit.allowPage("198.51.100.7");
        }
        assertThat(limit.allowPage("198.51.100.7")).isFalse();
    }
}
