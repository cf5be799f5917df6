package org.stepline.messaging.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.patients.PatientDirectory;
import org.stepline.scheduling.AppointmentBooked;

/**
 * Queues an appointment's reminders when it is booked, in the booking's own transaction: one per lead time still
 * ahead and per channel the patient can receive and has not opted out of.
 */
@Component
class ReminderQueue {

    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final PatientDirectory patients;
    private final MessagingProperties properties;
    private final Clock clock;

    ReminderQueue(OutboundMessages messages, OptOuts optOuts, PatientDirectory patients, MessagingProperties properties,
            Clock clock) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.patients = patients;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        var patient = patients.details(booked.patientId());
        var channels = ReminderPlan.channels(patient.mobilePhone() != null, patient.email() != null,
                optOuts.of(booked.patientId()));
        for (var reminder : ReminderPlan.reminders(booked.startsAt(), properties.reminderLeadTimes(), channels,
                clock.instant())) {
            messages.queueReminder(booked.patientId(), booked.appointmentId(), booked.startsAt(), reminder.channel(),
                    reminder.lead(), reminder.dueAt());
        }
    }
}
