package org.stepline.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When a failed message is tried again: after retryDelay, doubling each time up to maxDelay; never after the last attempt. */
final class RetryRule {

    private RetryRule() {}

    static @Nullable Instant nextAttempt(
            Instant failedAt, int attemptsMade, int maxAttempts, Duration retryDelay, Duration maxDelay) {
        if (attemptsMade >= maxAttempts) {
            return null;
        }
        Duration wait = retryDelay;
        for (int i = 1; i < attemptsMade && wait.compareTo(maxDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return failedAt.plus(wait.compareTo(maxDelay) > 0 ? maxDelay : wait);
    }
}
