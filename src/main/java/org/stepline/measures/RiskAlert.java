package org.stepline.measures;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A risk answer and, once a clinician has seen to it, their acknowledgement. */
public record RiskAlert(long id, long patientId, long referralId, String reason, Instant raisedAt,
        @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable String acknowledgement) {

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
