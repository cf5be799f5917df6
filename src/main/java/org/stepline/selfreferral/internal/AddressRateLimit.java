package org.stepline.selfreferral.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.stepline.shared.web.ClientRateLimiter;

/**
 * How often one client address may use the public pages: at most {@code PAGES} answers in 10 minutes and
 * {@code SENDS} sent referrals in an hour, each counted by the application's one limiter
 * ({@link ClientRateLimiter}: per node, in bounded memory).
 */
@Component
public class AddressRateLimit {

    static final int PAGES = 200;
    static final int SENDS = 5;
    private static final int MOST_ADDRESSES = 100_000;

    private final ClientRateLimiter pages;
    private final ClientRateLimiter sends;

    AddressRateLimit(Clock clock) {
        this.pages = new ClientRateLimiter(PAGES, Duration.ofMinutes(10), MOST_ADDRESSES, clock);
        this.sends = new ClientRateLimiter(SENDS, Duration.ofHours(1), MOST_ADDRESSES, clock);
    }

    /** Counts an answered page; false when the address has answered too many lately. */
    public boolean allowPage(String address) {
        return pages.tryAcquire(address);
    }

    /** Counts a sent referral; false when the address has sent too many lately. */
    public boolean allowSend(String address) {
        return sends.tryAcquire(address);
    }
}
