package org.stepline.scheduling;

import java.time.Instant;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * A booked appointment was moved from {@code previousStartsAt} to {@code startsAt} (same practitioner, type and mode),
 * in the mover's transaction: its reminders and questionnaire requests follow it, and the patient is told.
 */
public record AppointmentMoved(
        long appointmentId,
        long referralId,
        long patientId,
        long teamId,
        Instant previousStartsAt,
        Instant startsAt,
        AppointmentType type,
        ConsultationMechanism mode) {}
