package org.stepline.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rules of failed sign-ins, as pure functions: an account's lock, and how long a client address waits before
 * its next attempt is looked at.
 */
final class SignInRules {

    private SignInRules() {}

    /** An account's failed sign-ins since its last success, and the end of its lock if it has one. */
    record Lock(int failures, @Nullable Instant lockedUntil) {

        static final Lock NONE = new Lock(0, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /**
     * The account's lock after one more wrong password. A failure while locked changes nothing (the lock ends when
     * it said it would), and once a lock has expired the count starts afresh: someone who does not know the
     * password needs the full number of failures again, so they cannot keep the account locked with one guess.
     */
    static Lock afterFailure(Lock before, Instant now, int limit, Duration lockout) {
        if (before.lockedAt(now)) {
            return before;
        }
        int failures = (before.lockedUntil() == null ? before.failures() : 0) + 1;
        return new Lock(failures, failures >= limit ? now.plus(lockout) : null);
    }

    /** A client address's failed sign-ins in a row, and when it may next try. */
    record Throttle(int failures, Instant lastFailure, Instant notBefore) {}

    /** How failures from one address slow it down. */
    record Slowing(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {}

    /**
     * The address's state after one more failure: failures are forgotten after a quiet spell; beyond the free ones
     * each failure doubles the wait before the next attempt, up to the longest wait.
     */
    static Throttle afterFailure(@Nullable Throttle before, Instant now, Slowing slowing) {
        boolean forgotten = before == null
                || !before.lastFailure().plus(slowing.forgetAfter()).isAfter(now);
        int failures = (forgotten ? 0 : before.failures()) + 1;
        return new Throttle(failures, now, now.plus(waitAfter(failures, slowing)));
    }

    /** The wait after the n-th failure in a row: none for the free ones, then the first wait, doubling each time. */
    static Duration waitAfter(int failures, Slowing slowing) {
        int beyond = failures - slowing.freeFailures();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration wait = slowing.firstWait();
        for (int i = 1; i < beyond && wait.compareTo(slowing.longestWait()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(slowing.longestWait()) > 0 ? slowing.longestWait() : wait;
    }
}
