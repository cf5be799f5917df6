package org.stepline.outcomes.internal;

import org.jspecify.annotations.Nullable;

/** A rate whose denominator is 0 is "no data": null, never 0 and never an error. */
final class OutcomeCountsMath {

    private OutcomeCountsMath() {}

    static @Nullable Double rate(long numerator, long denominator) {
        return denominator <= 0 ? null : (double) numerator / denominator;
    }
}
