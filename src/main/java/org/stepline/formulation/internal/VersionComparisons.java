package org.stepline.formulation.internal;

/** For pages: the comparison of two kept versions, the earlier first. */
public final class VersionComparisons {

    private VersionComparisons() {}

    public static VersionComparison between(Versions.Version earlier, Versions.Version later) {
        return VersionComparison.of(earlier.board(), later.board());
    }
}
