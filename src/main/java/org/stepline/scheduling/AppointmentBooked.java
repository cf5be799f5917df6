package org.stepline.scheduling;

import java.time.Instant;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * An appointment was booked. {@code questionnairesRequested}: the booker asked for the patient to complete their
 * questionnaires before it, which the measures module schedules.
 */
public record AppointmentBooked(
        long appointmentId,
        long referralId,
        long patientId,
        long teamId,
        Instant startsAt,
        AppointmentType type,
        ConsultationMechanism mode,
        boolean questionnairesRequested) {}
