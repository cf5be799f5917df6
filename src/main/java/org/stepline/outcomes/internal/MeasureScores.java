package org.stepline.outcomes.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One measure's administrations within a pathway, with its first and last score. */
record MeasureScores(
        MeasureScale scale,
        @Nullable ScorePoint first,
        @Nullable ScorePoint last,
        int administrations) {

    static MeasureScores of(MeasureScale scale, List<ScorePoint> points) {
        return new MeasureScores(scale, OutcomeRules.firstScore(points), OutcomeRules.lastScore(points), points.size());
    }

    static MeasureScores none(MeasureScale scale) {
        return new MeasureScores(scale, null, null, 0);
    }

    boolean paired() {
        return OutcomeRules.paired(administrations);
    }

    @Nullable
    Integer firstTotal() {
        return first == null ? null : first.total();
    }

    @Nullable
    Integer lastTotal() {
        return last == null ? null : last.total();
    }

    /** Fell from first to last by the reliable-change value or more. */
    boolean reliablyFell() {
        return paired() && first.total() - last.total() >= scale.reliableChange();
    }

    /** Rose from first to last by the reliable-change value or more. */
    boolean reliablyRose() {
        return paired() && last.total() - first.total() >= scale.reliableChange();
    }
}
