package org.stepline.surveys;

import org.jspecify.annotations.Nullable;

/**
 * One NPT construct's result for a group: how many people scored it, their mean (1 to 5, higher is more
 * favourable) and standard deviation, and the change in the mean since the group's previous round shown.
 */
public record ConstructResult(
        String key,
        String name,
        int scored,
        @Nullable Double mean,
        @Nullable Double standardDeviation,
        @Nullable Double change) {}
