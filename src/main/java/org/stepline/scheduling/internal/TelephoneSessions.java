package org.stepline.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.scheduling.TelephoneSessionBriefing;
import org.stepline.scheduling.internal.TelephoneSessionView.Attempt;
import org.stepline.scheduling.internal.TelephoneSessionView.Stage;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;
import org.stepline.shared.web.TypedText;

/**
 * The telephone session: call attempts saved as they are made, the checks after an answered call, then the
 * clinical part, and the contact recorded through {@link ContactRecording} so that it is checked by the same rules
 * and {@code ContactRecorded} is published as from the record form. Every read and change is audited.
 */
@Service
public class TelephoneSessions {

    private final Appointments appointments;
    private final TelephoneSessionStore store;
    private final ContactRecording recording;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final TelephoneProperties telephone;
    private final ObjectProvider<TelephoneSessionBriefing> briefings;
    private final Clock clock;

    TelephoneSessions(
            Appointments appointments,
            TelephoneSessionStore store,
            ContactRecording recording,
            PatientDirectory patients,
            StaffDirectory staff,
            AuditTrail audit,
            TelephoneProperties telephone,
            ObjectProvider<TelephoneSessionBriefing> briefings,
            Clock clock) {
        this.appointments = appointments;
        this.store = store;
        this.recording = recording;
        this.patients = patients;
        this.staff = staff;
        this.audit = audit;
        this.telephone = telephone;
        this.briefings = briefings;
        this.clock = clock;
    }

    /** One appointment's session as it stands, for one request. */
    private record Session(
            Appointments.Stored stored,
            TelephoneSessionStore.Saved saved,
            List<Appointments.Call> calls,
            TelephoneSessionView view,
            TelephoneSessionForm form) {

        long patientId() {
            return stored.patientId();
        }

        Stage stage() {
            return view.stage();
        }

        FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> refused(
                TelephoneSessionForm typed, Map<String, String> problems) {
            return FormResult.refused(view, typed.over(form), problems);
        }

        FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> backHere(String message) {
            return FormResult.saved(message, view.path());
        }
    }

    @Transactional
    public FormPage<TelephoneSessionView, TelephoneSessionForm> open(long appointmentId) {
        var session = load(appointmentId);
        audit.viewed(
                session.patientId(),
                "Opened the telephone session of the appointment of "
                        + session.view().when()
                        + (session.stage() == Stage.CLINICAL ? ", with the latest scores and risk alerts" : ""));
        return FormPage.of(session.view(), session.form());
    }

    @Transactional
    public FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> recordAttempt(
            long appointmentId, TelephoneSessionForm typed) {
        var session = load(appointmentId);
        var badText = TypedText.problemsOf(typed);
        if (!badText.isEmpty()) {
            return session.refused(typed, badText);
        }
        Optional<CallOutcome> outcome = Typed.blank(typed.outcome())
                ? Optional.empty()
                : java.util.Arrays.stream(CallOutcome.values())
                        .filter(o -> o.code().equals(typed.outcome()))
                        .findFirst();
        String refusal = session.view().attemptRefusal() != null
                ? session.view().attemptRefusal()
                : outcome.isEmpty()
                        ? "Choose what happened on the call"
                        : CallAttemptRule.refusal(outcome.get(), session.view().voicemailAllowed())
                                .orElse(null);
        if (refusal != null) {
            return session.refused(typed, Map.of("outcome", refusal));
        }
        Instant now = clock.instant();
        store.addCall(appointmentId, new Appointments.Call(now, outcome.get()));
        String what = outcome.get().label() + " at " + ServiceTime.time(now);
        audit.updated(
                session.patientId(),
                "Recorded a call attempt (" + what + ") in the telephone session of the " + "appointment of "
                        + session.view().when());
        return session.backHere("Call attempt recorded: " + what + "."
                + (outcome.get() == CallOutcome.ANSWERED ? " Check who you are speaking to and where they are." : ""));
    }

    @Transactional
    public FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> saveChecks(
            long appointmentId, TelephoneSessionForm typed) {
        var session = load(appointmentId);
        var badText = TypedText.problemsOf(typed);
        if (!badText.isEmpty()) {
            return session.refused(typed, badText);
        }
        if (session.stage() != Stage.CHECKS && session.stage() != Stage.CLINICAL) {
            return session.refused(
                    typed,
                    Map.of(
                            "identityConfirmed",
                            session.stage() == Stage.RECORDED
                                    ? "This contact has already been recorded"
                                    : "Record the answered call first"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        var identity = TelephoneSessionForm.answer(typed.identityConfirmed());
        var safe = TelephoneSessionForm.answer(typed.privateAndSafe());
        if (identity.isEmpty()) {
            problems.put("identityConfirmed", "Answer whether you have confirmed who you are speaking to");
        }
        if (safe.isEmpty()) {
            problems.put("privateAndSafe", "Answer whether the patient is somewhere private and safe to talk");
        }
        String location = TelephoneSessionForm.kept(typed.patientLocation());
        if (location == null && identity.orElse(false) && safe.orElse(false)) {
            problems.put("patientLocation", "Enter where the patient is now, so that help can be sent in an emergency");
        }
        if (!problems.isEmpty()) {
            return session.refused(typed, problems);
        }
        store.saveChecks(appointmentId, identity.get(), safe.get(), location);
        boolean passed = identity.get() && safe.get();
        audit.updated(
                session.patientId(),
                "Recorded the telephone checks of the appointment of "
                        + session.view().when()
                        + ": identity " + (identity.get() ? "confirmed" : "not confirmed") + ", "
                        + (safe.get() ? "private and safe" : "not private and safe")
                        + (location == null ? "" : ", location given"));
        return session.backHere(
                passed
                        ? "Checks recorded: you can start the session."
                        : "Checks recorded: do not go on with the session.");
    }

    @Transactional
    public FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> saveNotes(
            long appointmentId, TelephoneSessionForm typed) {
        var session = load(appointmentId);
        var badText = TypedText.problemsOf(typed);
        if (!badText.isEmpty()) {
            return session.refused(typed, badText);
        }
        if (session.stage() != Stage.CLINICAL) {
            return session.refused(typed, Map.of("agenda", notYetClinical(session)));
        }
        store.saveNotes(
                appointmentId,
                TelephoneSessionForm.kept(typed.agenda()),
                TelephoneSessionForm.kept(typed.materialsSent()),
                TelephoneSessionForm.kept(typed.notes()));
        audit.updated(
                session.patientId(),
                "Saved the agenda, materials sent and notes of the telephone session of "
                        + session.view().when());
        return session.backHere("Session notes saved.");
    }

    /** Ends the call now and records the contact attended, by telephone, for the call's length unless corrected. */
    @Transactional
    public FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> endAndRecord(
            long appointmentId, TelephoneSessionForm typed) {
        var session = load(appointmentId);
        var badText = TypedText.problemsOf(typed);
        if (!badText.isEmpty()) {
            return session.refused(typed, badText);
        }
        if (session.stage() != Stage.CLINICAL) {
            return session.refused(typed, Map.of("endCall", notYetClinical(session)));
        }
        Instant now = clock.instant();
        var saved = session.saved();
        Instant started = saved.callStartedAt() == null ? now : saved.callStartedAt();
        String duration = Typed.blank(typed.duration())
                ? String.valueOf(TelephoneSessionView.minutes(started, now))
                : typed.duration().strip();
        var form = new RecordForm(
                Attendance.ATTENDED.code(),
                ConsultationMechanism.TELEPHONE.code(),
                duration,
                Typed.orEmpty(typed.notes()),
                RecordForm.rowsOf(session.calls()),
                true,
                true,
                saved.patientLocation());
        var recorded = recording.recordAsLogged(appointmentId, form, session.calls());
        if (recorded instanceof FormResult.Refused<FormPage<RecordView, RecordForm>> refused) {
            return session.refused(
                    typed, onto("endCall", "duration", refused.page().errors()));
        }
        store.endCall(
                appointmentId,
                now,
                TelephoneSessionForm.kept(typed.agenda()),
                TelephoneSessionForm.kept(typed.materialsSent()));
        audit.updated(
                session.patientId(),
                "Ended the telephone call of the appointment of "
                        + session.view().when() + " at " + ServiceTime.time(now) + " (" + duration
                        + " minutes), with its agenda and materials sent");
        return FormResult.saved(((FormResult.Saved<?>) recorded).message(), "/patients/" + session.patientId());
    }

    @Transactional
    public FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> recordDidNotAttend(long appointmentId) {
        var session = load(appointmentId);
        if (session.stage() != Stage.CALLING || session.view().dnaRefusal() != null) {
            String reason = session.view().dnaRefusal();
            return session.refused(
                    TelephoneSessionForm.EMPTY,
                    Map.of(
                            "didNotAttend",
                            reason != null
                                    ? reason
                                    : "A call was answered, so the patient did not miss this appointment"));
        }
        return recordWithout(session, Attendance.DID_NOT_ATTEND, "didNotAttend", "/patients/" + session.patientId());
    }

    /** The patient cannot talk safely now (or it is not them): recorded as cancelled by the patient, to rebook. */
    @Transactional
    public FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> recordToRearrange(long appointmentId) {
        var session = load(appointmentId);
        if (session.stage() != Stage.CHECKS || !session.view().checksFailed()) {
            return session.refused(
                    TelephoneSessionForm.EMPTY,
                    Map.of("rearrange", "Only a call whose checks were answered \"no\" is rearranged from here"));
        }
        return recordWithout(
                session,
                Attendance.CANCELLED_BY_PATIENT,
                "rearrange",
                "/referrals/" + session.stored().referralId() + "/appointments/new");
    }

    private FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> recordWithout(
            Session session, Attendance outcome, String field, String goTo) {
        var saved = session.saved();
        var form = new RecordForm(
                outcome.code(),
                ConsultationMechanism.TELEPHONE.code(),
                "",
                Typed.orEmpty(saved.notes()),
                RecordForm.rowsOf(session.calls()),
                Boolean.TRUE.equals(saved.identityConfirmed()),
                Boolean.TRUE.equals(saved.privateAndSafe()),
                Typed.orEmpty(saved.patientLocation()));
        var recorded = recording.recordAsLogged(session.stored().id(), form, session.calls());
        return switch (recorded) {
            case FormResult.Saved<FormPage<RecordView, RecordForm>> done -> FormResult.saved(done.message(), goTo);
            case FormResult.Refused<FormPage<RecordView, RecordForm>> refused ->
                session.refused(
                        TelephoneSessionForm.EMPTY,
                        onto(field, null, refused.page().errors()));
        };
    }

    private static String notYetClinical(Session session) {
        return session.stage() == Stage.RECORDED
                ? "This contact has already been recorded"
                : "Record the answered call and the checks first: identity, private and safe, and where the patient is";
    }

    /** The record form's problems, shown against this page's field (a duration stays against the duration). */
    private static Map<String, String> onto(String field, @Nullable String kept, FormErrors errors) {
        Map<String, String> problems = new LinkedHashMap<>();
        errors.byField().forEach((name, message) -> {
            if (name.equals(kept)) {
                problems.put(name, message);
            } else {
                problems.merge(field, message, (first, next) -> first + ". " + next);
            }
        });
        return problems;
    }

    private Session load(long appointmentId) {
        var stored = appointments
                .find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Appointment " + appointmentId));
        var patient = patients.requireAccess(stored.patientId());
        var saved = store.find(appointmentId);
        var calls = appointments.calls(appointmentId);
        Instant now = clock.instant();
        var policy = telephone.dnaPolicy();
        var verdict = CallAttemptRule.didNotAttend(calls, policy);
        Stage stage = stored.recorded()
                ? Stage.RECORDED
                : calls.stream().noneMatch(call -> call.outcome() == CallOutcome.ANSWERED)
                        ? Stage.CALLING
                        : saved.checksPassed() ? Stage.CLINICAL : Stage.CHECKS;
        String attemptRefusal = attemptRefusal(stored, stage, now);
        String dnaRefusal = attemptRefusal != null
                ? attemptRefusal
                : !verdict.dnaAllowed()
                        ? verdict.reason()
                        : stored.startsAt().isAfter(now)
                                ? "This appointment has not started yet, so it cannot be recorded as "
                                        + "did not attend"
                                : null;
        String previousAgenda =
                store.previousAgenda(stored.referralId(), stored.startsAt()).orElse(null);
        var briefing = stage == Stage.CLINICAL
                ? briefings
                        .getIfAvailable(() -> id -> TelephoneSessionBriefing.Briefing.NONE)
                        .forPatient(patient.id())
                : TelephoneSessionBriefing.Briefing.NONE;
        String practitioner = staff.namesOf(List.of(stored.practitionerId()))
                .getOrDefault(stored.practitionerId(), "Unknown practitioner");
        var view = new TelephoneSessionView(
                stored.id(),
                stored.referralId(),
                patient,
                patients.contactPreferences(patient.id()),
                stored.startsAt(),
                stored.type(),
                practitioner,
                stored.plannedMinutes(),
                stage,
                calls.stream()
                        .map(call -> new Attempt(call.at(), call.outcome()))
                        .toList(),
                policy,
                verdict,
                attemptRefusal,
                dnaRefusal,
                saved.callStartedAt(),
                saved.identityConfirmed(),
                saved.privateAndSafe(),
                saved.patientLocation(),
                previousAgenda,
                briefing,
                now);
        return new Session(stored, saved, calls, view, TelephoneSessionForm.from(saved, previousAgenda));
    }

    /** Calls are logged only on the appointment's day, so that the record form reads their times the same way. */
    private static @Nullable String attemptRefusal(Appointments.Stored stored, Stage stage, Instant now) {
        if (stage == Stage.RECORDED) {
            return "This contact has already been recorded";
        }
        if (!ServiceTime.dateOf(now).equals(ServiceTime.dateOf(stored.startsAt()))) {
            return "This appointment is on " + ServiceTime.date(ServiceTime.dateOf(stored.startsAt()))
                    + ": call attempts can be recorded here only on that day. For another day, use \"Record outcome\"";
        }
        return null;
    }
}
