package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Case-mix-adjusted recovery by mode, by indirect standardisation (outcomes.md): within each baseline stratum
 * (first PHQ-9 band × first anxiety band × step) the whole service's recovery rate is the expectation; a mode's
 * expected recoveries are the sum over strata of its pathways there times that rate. Observed / expected above 1
 * means more recoveries than the service achieves with the same mix of patients.
 */
public final class CaseMix {

    private CaseMix() {}

    /** Pathways in the recovery denominator of one mode and one stratum, and how many recovered. */
    record StratumCount(String mode, String stratum, long pathways, long recovered) {}

    /**
     * One mode's result. The interval is the Wilson interval of the mode's own recovery rate divided by its expected
     * rate (expected / pathways), treating the expectation, drawn from the whole service, as fixed. The adjusted
     * rate is observed / expected times the service's overall rate.
     */
    public record ObservedExpected(
            String mode,
            long pathways,
            long observed,
            double expected,
            @Nullable Double ratio,
            @Nullable Interval ratioInterval,
            @Nullable Double crudeRate,
            @Nullable Double adjustedRate) {}

    static List<ObservedExpected> byMode(List<StratumCount> counts) {
        Map<String, long[]> service = new HashMap<>();
        long allPathways = 0;
        long allRecovered = 0;
        for (var c : counts) {
            long[] s = service.computeIfAbsent(c.stratum(), k -> new long[2]);
            s[0] += c.pathways();
            s[1] += c.recovered();
            allPathways += c.pathways();
            allRecovered += c.recovered();
        }
        Map<String, double[]> modes = new LinkedHashMap<>();
        for (var c : counts) {
            long[] s = service.get(c.stratum());
            double[] m = modes.computeIfAbsent(c.mode(), k -> new double[3]);
            m[0] += c.pathways();
            m[1] += c.recovered();
            m[2] += c.pathways() * (double) s[1] / s[0];
        }
        Double serviceRate = OutcomeCountsMath.rate(allRecovered, allPathways);
        List<ObservedExpected> results = new ArrayList<>();
        modes.forEach((mode, m) -> results.add(result(mode, (long) m[0], (long) m[1], m[2], serviceRate)));
        return results;
    }

    private static ObservedExpected result(
            String mode, long pathways, long observed, double expected, @Nullable Double serviceRate) {
        if (expected <= 0) {
            return new ObservedExpected(
                    mode, pathways, observed, expected, null, null, OutcomeCountsMath.rate(observed, pathways), null);
        }
        double ratio = observed / expected;
        Interval crude = Statistics.wilson(observed, pathways);
        double expectedRate = expected / pathways;
        Interval interval = new Interval(crude.lower() / expectedRate, crude.upper() / expectedRate);
        return new ObservedExpected(
                mode,
                pathways,
                observed,
                expected,
                ratio,
                interval,
                OutcomeCountsMath.rate(observed, pathways),
                serviceRate == null ? null : ratio * serviceRate);
    }
}
