package org.stepline.outcomes;

import org.jspecify.annotations.Nullable;

/** A rate with its 95 % Wilson interval: null rate and interval ("no data") when the denominator is 0. */
public record Rate(
        long numerator,
        long denominator,
        @Nullable Double rate,
        @Nullable Double lower,
        @Nullable Double upper) {

    /** Below the service's small-number setting: shown with a caution, hidden in anything that leaves the service. */
    public boolean small(int suppressBelow) {
        return denominator < suppressBelow;
    }
}
