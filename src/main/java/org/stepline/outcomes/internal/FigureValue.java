package org.stepline.outcomes.internal;

import org.jspecify.annotations.Nullable;

/** A figure for one group: a count (denominator −1), or a numerator over a denominator with its Wilson interval. */
public record FigureValue(long numerator, long denominator) {

    static final FigureValue NONE = new FigureValue(0, 0);

    static FigureValue count(long count) {
        return new FigureValue(count, -1);
    }

    FigureValue plus(FigureValue other) {
        return isCount()
                ? count(numerator + other.numerator)
                : new FigureValue(numerator + other.numerator, denominator + other.denominator);
    }

    public boolean isCount() {
        return denominator < 0;
    }

    public @Nullable Double rate() {
        return isCount() ? null : OutcomeCountsMath.rate(numerator, denominator);
    }

    public @Nullable Interval interval() {
        return isCount() ? null : Statistics.wilson(numerator, denominator);
    }

    /** The number the small-numbers rule looks at: the denominator of a rate, or the count itself. */
    public long base() {
        return isCount() ? numerator : denominator;
    }
}
