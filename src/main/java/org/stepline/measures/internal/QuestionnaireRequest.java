package org.stepline.measures.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request for a patient to complete questionnaires, and the state of its link. */
public record QuestionnaireRequest(
        long id,
        long patientId,
        long referralId,
        @Nullable Long appointmentId,
        long teamId,
        List<String> instruments,
        String status,
        @Nullable Instant sendAfter,
        @Nullable String channel,
        @Nullable Instant issuedAt,
        @Nullable Instant expiresAt,
        int failedBirthDates,
        @Nullable Instant completedAt,
        Instant createdAt) {

    public LinkState state(Instant now) {
        return LinkState.of(status, expiresAt, now);
    }

    public MeasureTarget target() {
        return new MeasureTarget(patientId, referralId, teamId, appointmentId);
    }
}
