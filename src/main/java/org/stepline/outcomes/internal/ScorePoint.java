package org.stepline.outcomes.internal;

import java.time.Instant;
import java.util.Comparator;

/** One administration of a measure: its total, when it was completed, and the order it was recorded in. */
record ScorePoint(int total, Instant completedAt, long recordedOrder) {

    /** By date-time; on the same date-time, the one recorded later counts as later. */
    static final Comparator<ScorePoint> CHRONOLOGICAL =
            Comparator.comparing(ScorePoint::completedAt).thenComparingLong(ScorePoint::recordedOrder);

    /** By date-time; on the same date-time, the one recorded later comes first (the first score's tie-break). */
    static final Comparator<ScorePoint> EARLIEST_FIRST_LATER_RECORDED_FIRST = Comparator.comparing(
                    ScorePoint::completedAt)
            .thenComparing(Comparator.comparingLong(ScorePoint::recordedOrder).reversed());
}
