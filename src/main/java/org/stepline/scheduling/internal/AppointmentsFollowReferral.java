package org.stepline.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.referrals.ReferralReallocated;
import org.stepline.shared.ServiceTime;

/**
 * When a referral moves to another practitioner, its booked appointments still to come that the previous
 * practitioner held go with it, each one whose time is free in the new practitioner's diary: not booked with
 * someone else then, and not marked unavailable then. One that is not free stays where it was and is marked to
 * rebook, with the reason, on the patient's record (decisions.md, "Reallocating"). Runs in the reallocation's
 * transaction: the referral and its appointments move together. Each appointment is audited.
 */
@Component
class AppointmentsFollowReferral {

    /** SQLState of an exclusion constraint violation: the practitioner's time is taken. */
    private static final String DOUBLE_BOOKED = "23P01";

    private final Appointments appointments;
    private final Diaries diaries;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    AppointmentsFollowReferral(
            Appointments appointments,
            Diaries diaries,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.appointments = appointments;
        this.diaries = diaries;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventListener
    void on(ReferralReallocated moved) {
        if (moved.fromPractitionerId() == null) {
            return; // nobody held the referral: its appointments, if any, are booked with whoever was chosen then
        }
        var upcoming = appointments.lockUpcoming(moved.referralId(), moved.fromPractitionerId(), clock.instant());
        if (upcoming.isEmpty()) {
            return;
        }
        var names = staff.namesOf(List.of(moved.fromPractitionerId(), moved.toPractitionerId()));
        String to = names.getOrDefault(moved.toPractitionerId(), "the new practitioner");
        String from = names.getOrDefault(moved.fromPractitionerId(), "the previous practitioner");
        for (var appointment : upcoming) {
            String when = ServiceTime.dateTime(appointment.startsAt());
            var notFree = notFree(moved.toPractitionerId(), to, appointment);
            if (notFree.isEmpty() && moveTo(appointment, moved.toPractitionerId())) {
                audit.updated(
                        appointment.patientId(),
                        "Appointment on " + when + " moved from " + from + " to " + to + " with its referral");
                continue;
            }
            String reason = "Still with " + from + ": not moved to " + to + " with the referral, because "
                    + notFree.orElse(to + " was booked at that time meanwhile") + ". Rebook it.";
            appointments.markToRebook(appointment.id(), reason);
            audit.updated(appointment.patientId(), "Appointment on " + when + " marked to rebook: " + reason);
        }
    }

    /** Why the time is not free in the practitioner's diary, if it is not. */
    private Optional<String> notFree(long practitionerId, String name, Appointments.Upcoming appointment) {
        int minutes = appointment.plannedMinutes() == null ? 1 : appointment.plannedMinutes();
        Instant start = appointment.startsAt();
        Instant end = start.plusSeconds(60L * minutes);
        // every live booking, also those the database's rule leaves out (no planned length, imported): a person
        // cannot be in two places whatever the rule holds
        if (!diaries.bookings(practitionerId, start, end).isEmpty()) {
            return Optional.of(name + " already has an appointment then");
        }
        return diaries.changes(practitionerId, start, end).stream()
                .filter(change -> change.kind() == Availability.ChangeKind.UNAVAILABLE)
                .findFirst()
                .map(away -> name + " is marked unavailable then"
                        + (away.reason() == null || away.reason().isBlank() ? "" : " (" + away.reason() + ")"));
    }

    /** False when the database refuses it as a double booking made meanwhile. */
    private boolean moveTo(Appointments.Upcoming appointment, long practitionerId) {
        try {
            savepoint.executeWithoutResult(status -> appointments.reassign(appointment.id(), practitionerId));
            return true;
        } catch (DataIntegrityViolationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && DOUBLE_BOOKED.equals(sql.getSQLState())) {
                    return false;
                }
            }
            throw e;
        }
    }
}
