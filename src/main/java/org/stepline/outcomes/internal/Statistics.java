package org.stepline.outcomes.internal;

import org.jspecify.annotations.Nullable;

/**
 * Confidence intervals for proportions. Wilson's score interval for one proportion, and Newcombe's hybrid score
 * interval (method 10 of Newcombe 1998, Stat Med 17:873–890) for the difference between two independent ones:
 * both behave well with small numbers and with rates near 0 or 1, where the textbook "± 1.96 SE" does not.
 */
public final class Statistics {

    /** The 97.5th centile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private Statistics() {}

    /** Wilson score interval for x successes out of n; null when n is 0. */
    static @Nullable Interval wilson(long x, long n) {
        if (n <= 0) {
            return null;
        }
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The difference p1 − p2 with its interval. */
    public record Difference(double estimate, Interval interval) {}

    /** Newcombe's hybrid score interval for x1/n1 − x2/n2; null when either denominator is 0. */
    static @Nullable Difference newcombe(long x1, long n1, long x2, long n2) {
        Interval w1 = wilson(x1, n1);
        Interval w2 = wilson(x2, n2);
        if (w1 == null || w2 == null) {
            return null;
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
        double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
        return new Difference(d, new Interval(lower, upper));
    }

    private static double square(double v) {
        return v * v;
    }
}
