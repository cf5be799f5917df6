package org.stepline.scheduling;

import java.time.Instant;

import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/** An appointment whose outcome has been recorded, with only what outcome figures need. */
public record CareContact(long appointmentId, long referralId, Instant startsAt, AppointmentType type,
        Attendance attendance, ConsultationMechanism mode) {
}
