package org.stepline.measures.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether a questionnaire link can be used now, and if not, why – each reason has its own page for the patient. */
public enum LinkState {
    USABLE,
    UNKNOWN,
    NOT_ISSUED,
    EXPIRED,
    COMPLETED,
    LOCKED,
    REVOKED;

    /** The rules, in order: a revoked, completed or locked link stays so even after it would have expired. */
    public static LinkState of(@Nullable String status, @Nullable Instant expiresAt, Instant now) {
        if (status == null) {
            return UNKNOWN;
        }
        return switch (status) {
            case "REVOKED" -> REVOKED;
            case "COMPLETED" -> COMPLETED;
            case "LOCKED" -> LOCKED;
            case "SCHEDULED" -> NOT_ISSUED;
            case "ISSUED" -> expiresAt == null || !now.isBefore(expiresAt) ? EXPIRED : USABLE;
            default -> UNKNOWN;
        };
    }

    /** Unknown links are "not found"; links that existed but can no longer be used are "gone". */
    public int httpStatus() {
        return switch (this) {
            case USABLE -> 200;
            case UNKNOWN, NOT_ISSUED -> 404;
            default -> 410;
        };
    }
}
