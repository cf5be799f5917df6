package org.stepline.scheduling;

import java.time.LocalDate;

import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/** The outcome of an appointment was recorded: it is now a care contact (attended or not). */
public record ContactRecorded(long appointmentId, long referralId, long patientId, AppointmentType type,
        ConsultationMechanism mode, Attendance attendance, LocalDate date) {
}
