package org.stepline.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One completed questionnaire in a patient's history. */
public record ScoreEntry(
        long id,
        long referralId,
        @Nullable Long appointmentId,
        String instrumentId,
        String instrumentName,
        Instant completedAt,
        MeasureRoute route,
        @Nullable Integer total,
        @Nullable String band,
        @Nullable Boolean caseness) {}
