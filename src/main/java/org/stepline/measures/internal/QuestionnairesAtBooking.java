package org.stepline.measures.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.scheduling.AppointmentMoved;
import org.stepline.shared.ServiceTime;

/**
 * When an appointment is booked with questionnaires requested, schedules the request: its link is issued by a
 * sender (or by staff with "Create the link now") from 48 hours before the appointment; a moved appointment's
 * request not yet sent follows its new time.
 */
@Component
class QuestionnairesAtBooking {

    static final List<String> USUAL = List.of("PHQ9", "GAD7");
    static final Duration LEAD = Duration.ofHours(48);

    private final QuestionnaireLinks links;
    private final StaffDirectory staff;
    private final RequestStore requests;
    private final AuditTrail audit;

    QuestionnairesAtBooking(QuestionnaireLinks links, StaffDirectory staff, RequestStore requests, AuditTrail audit) {
        this.links = links;
        this.staff = staff;
        this.requests = requests;
        this.audit = audit;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        if (!booked.questionnairesRequested()) {
            return;
        }
        var target =
                new MeasureTarget(booked.patientId(), booked.referralId(), booked.teamId(), booked.appointmentId());
        Instant sendAfter = booked.startsAt().minus(LEAD);
        // an imported extract's future appointments are booked with nobody signed in: the request has no requester
        Long requestedBy = staff.currentIfAny().map(CurrentStaff::id).orElse(null);
        links.schedule(target, USUAL, sendAfter, requestedBy);
    }

    /** A moved appointment's requests not yet sent are sent the same time before its new start. */
    @EventListener
    void on(AppointmentMoved moved) {
        Instant sendAfter = moved.startsAt().minus(LEAD);
        if (requests.retimeScheduled(moved.appointmentId(), sendAfter) > 0) {
            audit.updated(
                    moved.patientId(),
                    "Questionnaires before the moved appointment to be sent from " + ServiceTime.dateTime(sendAfter));
        }
    }
}
