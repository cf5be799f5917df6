package org.stepline.scheduling;

import java.time.Instant;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * An appointment whose outcome has been recorded, with only what outcome figures need. {@code unplanned}: the
 * extract said the contact was not planned (the patient initiated it, {@code PlannedCareContIndicator} N).
 */
public record CareContact(
        long appointmentId,
        long referralId,
        Instant startsAt,
        AppointmentType type,
        Attendance attendance,
        ConsultationMechanism mode,
        boolean unplanned) {

    /** A planned contact, or one whose extract did not say (every contact booked in Stepline). */
    public CareContact(
            long appointmentId,
            long referralId,
            Instant startsAt,
            AppointmentType type,
            Attendance attendance,
            ConsultationMechanism mode) {
        this(appointmentId, referralId, startsAt, type, attendance, mode, false);
    }
}
