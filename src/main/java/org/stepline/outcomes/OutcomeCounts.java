package org.stepline.outcomes;

import org.jspecify.annotations.Nullable;

/**
 * The counts of a group of pathways ended in a period, and the national rates derived from them (outcomes.md):
 * recovery and reliable recovery over finished minus not-at-caseness, reliable improvement and deterioration over
 * finished. A rate with a denominator of 0 is null ("no data"), never 0.
 */
public record OutcomeCounts(
        long ended,
        long finished,
        long endedTreatedOnce,
        long notCaseness,
        long recovered,
        long reliablyImproved,
        long reliablyDeteriorated,
        long reliablyRecovered,
        long firstTreatmentWithin6Weeks,
        long firstTreatmentWithin18Weeks) {

    public static final OutcomeCounts ZERO = new OutcomeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public @Nullable Double recoveryRate() {
        return rate(recovered, finished - notCaseness);
    }

    public @Nullable Double reliableRecoveryRate() {
        return rate(reliablyRecovered, finished - notCaseness);
    }

    public @Nullable Double reliableImprovementRate() {
        return rate(reliablyImproved, finished);
    }

    public @Nullable Double reliableDeteriorationRate() {
        return rate(reliablyDeteriorated, finished);
    }

    static @Nullable Double rate(long numerator, long denominator) {
        return denominator <= 0 ? null : (double) numerator / denominator;
    }
}
