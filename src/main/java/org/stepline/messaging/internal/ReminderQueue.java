package org.stepline.messaging.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.patients.PatientDirectory;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.scheduling.AppointmentMoved;

/**
 * Queues an appointment's reminders when it is booked or moved, in that transaction: one per lead time still ahead
 * and per channel the patient can receive and has not opted out of; a move also tells the patient on those channels.
 */
@Component
class ReminderQueue {

    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final PatientDirectory patients;
    private final MessagingProperties properties;
    private final Clock clock;

    ReminderQueue(
            OutboundMessages messages,
            OptOuts optOuts,
            PatientDirectory patients,
            MessagingProperties properties,
            Clock clock) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.patients = patients;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        queueReminders(booked.patientId(), booked.appointmentId(), booked.startsAt(), channels(booked.patientId()));
    }

    /**
     * A moved appointment: reminders not yet sent for the old time are stopped, those whose lead time is still ahead
     * of the new time queued for it, and the patient is told the new time on each channel they get reminders on.
     */
    @EventListener
    void on(AppointmentMoved moved) {
        var channels = channels(moved.patientId());
        messages.cancelRemindersNotAt(moved.appointmentId(), moved.startsAt());
        queueReminders(moved.patientId(), moved.appointmentId(), moved.startsAt(), channels);
        for (var channel : channels) {
            messages.queueMoved(
                    moved.patientId(),
                    moved.appointmentId(),
                    moved.previousStartsAt(),
                    moved.startsAt(),
                    channel,
                    clock.instant());
        }
    }

    private java.util.Set<org.stepline.messaging.MessageChannel> channels(long patientId) {
        var patient = patients.details(patientId);
        return ReminderPlan.channels(patient.mobilePhone() != null, patient.email() != null, optOuts.of(patientId));
    }

    private void queueReminders(
            long patientId,
            long appointmentId,
            java.time.Instant startsAt,
            java.util.Set<org.stepline.messaging.MessageChannel> channels) {
        for (var reminder :
                ReminderPlan.reminders(startsAt, properties.reminderLeadTimes(), channels, clock.instant())) {
            messages.queueReminder(
                    patientId, appointmentId, startsAt, reminder.channel(), reminder.lead(), reminder.dueAt());
        }
    }
}
