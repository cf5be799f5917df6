package org.stepline.scheduling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/** One appointment or care contact on a patient's timeline. */
public record ContactEntry(long appointmentId, long referralId, long practitionerId, Instant startsAt,
        AppointmentType type, ConsultationMechanism mode, Attendance attendance, @Nullable Integer durationMinutes,
        int callAttempts, @Nullable Boolean identityConfirmed, @Nullable Boolean privateAndSafe) {

    public boolean isRecorded() {
        return attendance.isOutcome();
    }
}
