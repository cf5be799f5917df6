package org.stepline.measures.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.identity.StaffDirectory;
import org.stepline.scheduling.AppointmentBooked;

/**
 * When an appointment is booked with questionnaires requested, schedules the request: its link is issued by a
 * sender (or by staff with "Create the link now") from 48 hours before the appointment.
 */
@Component
class QuestionnairesAtBooking {

    static final List<String> USUAL = List.of("PHQ9", "GAD7");
    static final Duration LEAD = Duration.ofHours(48);

    private final QuestionnaireLinks links;
    private final StaffDirectory staff;

    QuestionnairesAtBooking(QuestionnaireLinks links, StaffDirectory staff) {
        this.links = links;
        this.staff = staff;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        if (!booked.questionnairesRequested()) {
            return;
        }
        var target = new MeasureTarget(booked.patientId(), booked.referralId(), booked.teamId(), booked.appointmentId());
        Instant sendAfter = booked.startsAt().minus(LEAD);
        links.schedule(target, USUAL, sendAfter, staff.current().id());
    }
}
