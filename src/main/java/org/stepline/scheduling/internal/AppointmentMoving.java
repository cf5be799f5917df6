package org.stepline.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.scheduling.AppointmentMoved;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;

/**
 * Moving a booked appointment to another time in the same practitioner's diary: a free time, or a date and time
 * typed. Held to the same no-double-booking rule as a booking (the database decides a race) and to the modes a slot
 * is kept for; announced with {@link AppointmentMoved}, so that its reminders, its questionnaire requests and a
 * message to the patient follow the new time.
 */
@Service
public class AppointmentMoving {

    private final Appointments appointments;
    private final PatientDirectory patients;
    private final ReferralDirectory referrals;
    private final StaffDirectory staff;
    private final Diaries diaries;
    private final FreeTimes freeTimes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    AppointmentMoving(
            Appointments appointments,
            PatientDirectory patients,
            ReferralDirectory referrals,
            StaffDirectory staff,
            Diaries diaries,
            FreeTimes freeTimes,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.appointments = appointments;
        this.patients = patients;
        this.referrals = referrals;
        this.staff = staff;
        this.diaries = diaries;
        this.freeTimes = freeTimes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional
    public FormPage<MoveView, MoveForm> open(long appointmentId) {
        MoveView view = viewOf(find(appointmentId));
        audit.viewed(view.patient().id(), "Opened the appointment of " + view.when() + " to move it");
        return FormPage.of(view, MoveForm.empty()); // a recorded one: the page says why not
    }

    @Transactional
    public FormResult<FormPage<MoveView, MoveForm>> move(long appointmentId, MoveForm form) {
        var stored = find(appointmentId);
        MoveView view = viewOf(stored);
        Optional<Instant> start = form.startsAt();
        Map<String, String> problems = MoveRules.problems(form, context(view, start.orElse(null)));
        if (!problems.isEmpty()) {
            return FormResult.refused(view, form, problems);
        }
        Instant to = start.orElseThrow();
        int minutes = stored.plannedMinutes() == null ? 1 : stored.plannedMinutes();
        Optional<String> clash = clash(view, stored, to, minutes);
        if (clash.isPresent()) {
            return FormResult.refused(view, form, Map.of(form.timeField(), clash.get()));
        }
        boolean moved;
        try {
            moved = Boolean.TRUE.equals(savepoint.execute(status -> appointments.move(appointmentId, to)));
        } catch (DataIntegrityViolationException e) {
            if (!AppointmentBooking.DOUBLE_BOOKED.equals(AppointmentBooking.sqlState(e))) {
                throw e;
            }
            String message = clash(view, stored, to, minutes)
                    .orElse("Someone else has just booked this time; choose another time");
            return FormResult.refused(view, form, Map.of(form.timeField(), message));
        }
        if (!moved) { // recorded by someone else since the page was read
            return FormResult.refused(
                    view,
                    form,
                    MoveRules.problems(
                            form,
                            new MoveRules.Context(
                                    clock.instant(),
                                    stored.startsAt(),
                                    stored.bookedMode(),
                                    true,
                                    java.util.Set.of())));
        }
        var referral = referrals.find(stored.referralId()).orElseThrow();
        events.publishEvent(new AppointmentMoved(
                appointmentId,
                stored.referralId(),
                stored.patientId(),
                referral.teamId(),
                stored.startsAt(),
                to,
                stored.type(),
                stored.bookedMode()));
        String newWhen = DiaryText.day(ServiceTime.dateOf(to)) + " at " + ServiceTime.time(to);
        String pathway = referral.pathwayId();
        audit.updated(
                stored.patientId(),
                "Moved the appointment for referral " + pathway + " ("
                        + stored.type().label()
                        + ", " + stored.bookedMode().label() + ", with " + view.practitionerName() + ") from "
                        + view.longWhen()
                        + " to " + newWhen);
        return FormResult.saved(
                "Appointment moved from " + view.longWhen() + " to " + newWhen
                        + ". The patient will be sent a message with the new time.",
                "/patients/" + stored.patientId());
    }

    private MoveRules.Context context(MoveView view, @Nullable Instant newStart) {
        var slotModes = newStart == null
                ? java.util.Set.<org.stepline.shared.codes.ConsultationMechanism>of()
                : freeTimes.keptFor(view.practitionerId(), newStart);
        return new MoveRules.Context(clock.instant(), view.startsAt(), view.mode(), view.recorded(), slotModes);
    }

    private Optional<String> clash(MoveView view, Appointments.Stored stored, Instant to, int minutes) {
        return diaries.firstClash(stored.practitionerId(), to, minutes, stored.id())
                .map(other -> DiaryText.clash(view.practitionerName(), other));
    }

    private Appointments.Stored find(long appointmentId) {
        return appointments
                .find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Appointment " + appointmentId));
    }

    private MoveView viewOf(Appointments.Stored stored) {
        var patient = patients.requireAccess(stored.patientId());
        String practitioner = staff.namesOf(List.of(stored.practitionerId()))
                .getOrDefault(stored.practitionerId(), "Unknown practitioner");
        return new MoveView(
                stored.id(),
                patient,
                stored.practitionerId(),
                stored.startsAt(),
                stored.type(),
                stored.bookedMode(),
                practitioner,
                stored.plannedMinutes(),
                stored.recorded(),
                stored.recorded() ? List.of() : freeTimes.coming(stored.practitionerId()));
    }
}
