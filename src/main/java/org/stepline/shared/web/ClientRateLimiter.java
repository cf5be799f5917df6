package org.stepline.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code permits} requests per client (an address, or any key) in each {@code window}; a fixed window per
 * client, counted in memory. It remembers only the {@code clients} most recently seen, so that a flood of
 * addresses costs bounded memory (a forgotten client starts a fresh window, which errs on the side of letting a
 * person in). Thread-safe; a check is a map look-up under one lock. Reusable by any public page:
 * {@code platform.PublicPageRateLimit} applies one to the patients' link pages.
 */
public final class ClientRateLimiter {

    private final int permits;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, long[]> windows;

    public ClientRateLimiter(int permits, Duration window, int clients, Clock clock) {
        if (permits < 1 || window.isNegative() || window.isZero() || clients < 1) {
            throw new IllegalArgumentException("A rate limit needs at least one request, client and millisecond");
        }
        this.permits = permits;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.windows = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > clients;
            }
        };
    }

    /** True when the client may make this request now (and counts it); false when its limit is reached. */
    public boolean tryAcquire(String client) {
        long now = clock.millis();
        synchronized (windows) {
            long[] window = windows.computeIfAbsent(client, c -> new long[] {now, 0});
            if (now - window[0] >= windowMillis) {
                window[0] = now;
                window[1] = 0;
            }
            if (window[1] >= permits) {
                return false;
            }
            window[1]++;
            return true;
        }
    }

    /** Seconds until the client's window starts again, for a Retry-After header. */
    public long secondsUntilNextWindow(String client) {
        long now = clock.millis();
        synchronized (windows) {
            long[] window = windows.get(client);
            return window == null ? 0 : Math.max(1, (window[0] + windowMillis - now + 999) / 1000);
        }
    }
}
