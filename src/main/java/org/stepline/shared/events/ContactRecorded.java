package org.stepline.shared.events;

import java.time.LocalDate;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Published by scheduling: the outcome of an appointment was recorded, so it is now a care contact (attended or
 * not). It lives in the shared kernel because the referrals module, which scheduling reads, must react to it:
 * keeping the type here lets both depend on the kernel instead of on each other.
 */
public record ContactRecorded(
        long appointmentId,
        long referralId,
        long patientId,
        AppointmentType type,
        ConsultationMechanism mode,
        Attendance attendance,
        LocalDate date) {}
