package org.stepline.surveys.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** How many scores, their mean and their sample standard deviation (missing below two scores). */
public record Spread(int n, @Nullable Double mean, @Nullable Double standardDeviation) {

    static Spread of(List<Double> scores) {
        int n = scores.size();
        if (n == 0) {
            return new Spread(0, null, null);
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n == 1) {
            return new Spread(1, mean, null);
        }
        double squares =
                scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum();
        return new Spread(n, mean, Math.sqrt(squares / (n - 1)));
    }
}
