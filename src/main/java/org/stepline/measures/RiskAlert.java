package org.stepline.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A risk answer and, once a clinician has seen to it, their acknowledgement. An alert raised by a self-referral
 * names it ({@code selfReferralId}); until the self-referral is triaged there is no patient or referral yet, and
 * {@code patientId} and {@code referralId} are 0.
 */
public record RiskAlert(
        long id,
        long patientId,
        long referralId,
        String reason,
        Instant raisedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable String acknowledgement,
        @Nullable Long selfReferralId) {

    public RiskAlert(
            long id,
            long patientId,
            long referralId,
            String reason,
            Instant raisedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgedBy,
            @Nullable String acknowledgement) {
        this(id, patientId, referralId, reason, raisedAt, acknowledgedAt, acknowledgedBy, acknowledgement, null);
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    /** Raised by a self-referral that staff have not yet triaged: no patient record is joined to it yet. */
    public boolean awaitingTriage() {
        return selfReferralId != null && patientId == 0;
    }
}
