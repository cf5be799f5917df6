package org.stepline.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * One appointment or care contact on a patient's timeline. {@code rebookReason}: why a booked appointment could not
 * follow its referral to a new practitioner and must be rebooked (null when nothing is to rebook).
 */
public record ContactEntry(
        long appointmentId,
        long referralId,
        long practitionerId,
        Instant startsAt,
        AppointmentType type,
        ConsultationMechanism mode,
        Attendance attendance,
        @Nullable Integer durationMinutes,
        int callAttempts,
        @Nullable Boolean identityConfirmed,
        @Nullable Boolean privateAndSafe,
        @Nullable String rebookReason) {

    public boolean isRecorded() {
        return attendance.isOutcome();
    }

    /** Booked, not yet happened or recorded, and marked to rebook after its referral moved. */
    public boolean toRebook() {
        return rebookReason != null && !isRecorded();
    }
}
