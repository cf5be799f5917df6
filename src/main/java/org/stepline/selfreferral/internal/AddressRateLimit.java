package org.stepline.selfreferral.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How often one client address may use the public pages: at most {@code PAGES} answers in 10 minutes and
 * {@code SENDS} sent referrals in an hour. Kept in memory on each node (a minimal limiter until a shared one
 * exists); the addresses are forgotten as their windows pass.
 */
@Component
public class AddressRateLimit {

    static final int PAGES = 200;
    static final int SENDS = 5;
    private static final Duration PAGE_WINDOW = Duration.ofMinutes(10);
    private static final Duration SEND_WINDOW = Duration.ofHours(1);
    private static final int MOST_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> pages = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> sends = new ConcurrentHashMap<>();
    private final Clock clock;

    AddressRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts an answered page; false when the address has answered too many lately. */
    public boolean allowPage(String address) {
        return allow(pages, address, PAGES, PAGE_WINDOW);
    }

    /** Counts a sent referral; false when the address has sent too many lately. */
    public boolean allowSend(String address) {
        return allow(sends, address, SENDS, SEND_WINDOW);
    }

    private boolean allow(Map<String, Deque<Instant>> book, String address, int most, Duration window) {
        Instant now = clock.instant();
        if (book.size() > MOST_ADDRESSES) {
            book.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(window)));
        }
        var times = book.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= most) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
