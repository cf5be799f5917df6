package org.stepline.scheduling.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.events.ContactRecorded;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;

/** Recording, and correcting, what happened at an appointment: from then on it is a care contact. */
@Service
public class ContactRecording {

    private final Appointments appointments;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TelephoneProperties telephone;
    private final Clock clock;
    private final JdbcCallSettings callSettings;

    ContactRecording(
            Appointments appointments,
            PatientDirectory patients,
            StaffDirectory staff,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TelephoneProperties telephone,
            Clock clock,
            JdbcCallSettings callSettings) {
        this.callSettings = callSettings;
        this.appointments = appointments;
        this.patients = patients;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.telephone = telephone;
        this.clock = clock;
    }

    /** The form for an appointment: empty but for the booked mode, or as saved when it is being corrected. */
    @Transactional
    public FormPage<RecordView, RecordForm> open(long appointmentId) {
        var stored = find(appointmentId);
        RecordView view = viewOf(stored);
        audit.viewed(
                stored.patientId(),
                (stored.recorded() ? "Opened the recorded contact of " : "Opened the appointment of ") + view.when()
                        + " to record its outcome");
        return new FormPage<>(
                view,
                RecordForm.from(stored, appointments.calls(appointmentId))
                        .withCallSetting(callSettings.whereTaken(appointmentId)),
                FormErrors.NONE);
    }

    @Transactional
    public FormResult<FormPage<RecordView, RecordForm>> record(long appointmentId, RecordForm form) {
        return record(appointmentId, form, null);
    }

    /**
     * Records from the telephone session: the form is checked by the same rules, but the calls are saved as they
     * were logged, to the second, rather than as the form's times on the 24-hour clock.
     */
    @Transactional
    FormResult<FormPage<RecordView, RecordForm>> recordAsLogged(
            long appointmentId, RecordForm form, List<Appointments.Call> logged) {
        return record(appointmentId, form, logged);
    }

    private FormResult<FormPage<RecordView, RecordForm>> record(
            long appointmentId, RecordForm form, @Nullable List<Appointments.Call> logged) {
        var stored = find(appointmentId);
        RecordView view = viewOf(stored);
        var context = view.rulesContext(clock.instant());
        Map<String, String> problems = new java.util.LinkedHashMap<>(ContactRules.problems(form, context));
        callSettingProblem(form, appointmentId).ifPresent(p -> problems.put("callSetting", p));
        if (!problems.isEmpty()) {
            return FormResult.refused(view, form, problems);
        }
        Appointments.Outcome typed = form.toOutcome(context);
        Appointments.Outcome outcome = logged == null || !typed.mode().isTelephone()
                ? typed
                : new Appointments.Outcome(
                        typed.attendance(),
                        typed.mode(),
                        typed.durationMinutes(),
                        typed.identityConfirmed(),
                        typed.privateAndSafe(),
                        typed.patientLocation(),
                        typed.notes(),
                        logged);
        appointments.record(appointmentId, outcome, staff.current().id());
        if (form.asksCallSetting() || !outcome.mode().isTelephone()) {
            callSettings.recordWhereTaken(
                    appointmentId,
                    outcome.mode().isTelephone() && !Typed.blank(form.callSetting())
                            ? form.callSetting().strip()
                            : null);
        }
        String what = outcome.attendance().label() + ", " + outcome.mode().label()
                + callsMade(outcome.calls().size());
        audit.updated(
                stored.patientId(),
                (stored.recorded() ? "Corrected the recorded outcome" : "Recorded the outcome")
                        + " of the appointment of " + view.when() + ": " + what);
        events.publishEvent(new ContactRecorded(
                appointmentId,
                stored.referralId(),
                stored.patientId(),
                stored.type(),
                outcome.mode(),
                outcome.attendance(),
                ServiceTime.dateOf(stored.startsAt())));
        return FormResult.saved(
                (stored.recorded() ? "Contact corrected" : "Contact recorded") + " for " + view.when() + ": " + what
                        + ".",
                "/patients/" + stored.patientId());
    }

    /** A setting must be one of the service's list; a retired one only when the contact already had it. */
    private java.util.Optional<String> callSettingProblem(RecordForm form, long appointmentId) {
        if (!form.telephone() || Typed.blank(form.callSetting())) {
            return java.util.Optional.empty();
        }
        String code = form.callSetting().strip();
        boolean allowed = callSettings
                .find(code)
                .filter(s -> !s.retired() || code.equals(callSettings.whereTaken(appointmentId)))
                .isPresent();
        return allowed
                ? java.util.Optional.empty()
                : java.util.Optional.of("Choose where you took the call from the list, or leave it blank");
    }

    private static String callsMade(int calls) {
        return calls == 0 ? "" : calls == 1 ? ", 1 call attempt" : ", " + calls + " call attempts";
    }

    private Appointments.Stored find(long appointmentId) {
        return appointments
                .find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Appointment " + appointmentId));
    }

    private RecordView viewOf(Appointments.Stored stored) {
        var patient = patients.requireAccess(stored.patientId());
        String practitioner = staff.namesOf(List.of(stored.practitionerId()))
                .getOrDefault(stored.practitionerId(), "Unknown practitioner");
        return new RecordView(
                stored.id(),
                patient,
                patients.contactPreferences(patient.id()),
                stored.startsAt(),
                stored.type(),
                stored.bookedMode(),
                practitioner,
                stored.plannedMinutes(),
                stored.recorded(),
                telephone.dnaPolicy());
    }
}
