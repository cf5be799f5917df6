package org.stepline.scheduling.internal;

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
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;

/** Booking an appointment on a referral, for a clinician of the patient's team. */
@Service
public class AppointmentBooking {

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final Appointments appointments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Diaries diaries;
    private final FreeTimes freeTimes;
    private final TransactionTemplate savepoint;

    AppointmentBooking(
            ReferralDirectory referrals,
            PatientDirectory patients,
            StaffDirectory staff,
            Appointments appointments,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Diaries diaries,
            FreeTimes freeTimes,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.diaries = diaries;
        this.freeTimes = freeTimes;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.appointments = appointments;
        this.audit = audit;
    }

    /** The empty booking form for a referral, with the patient's contact preferences. */
    @Transactional
    public FormPage<BookingView, BookForm> open(long referralId) {
        return open(referralId, null);
    }

    /** The empty booking form, offering the free times of the clinician asked for (else the default one). */
    @Transactional
    public FormPage<BookingView, BookForm> open(long referralId, @Nullable Long showFreeTimesOf) {
        BookingView view = viewOf(referralId, showFreeTimesOf);
        audit.viewed(
                view.patient().id(),
                "Opened the booking form, with contact preferences, for referral "
                        + view.referral().pathwayId());
        BookForm form = BookForm.defaultsFor(view);
        if (showFreeTimesOf != null && !view.slotsPractitionerId().equals(view.defaultPractitionerId())) {
            form = form.forPractitioner(view.slotsPractitionerId());
        }
        return FormPage.of(view, form);
    }

    /**
     * Books the appointment unless the form has a problem or the practitioner is already booked then. The
     * database refuses a double booking even when two are made at the same moment; the check before it only
     * finds the words for the message.
     */
    @Transactional
    public FormResult<FormPage<BookingView, BookForm>> book(long referralId, BookForm form) {
        BookingView view = viewOf(referralId, form.practitioner().orElse(null));
        Map<String, String> problems = BookingRules.problems(form, rulesContext(view, form));
        if (!problems.isEmpty()) {
            return FormResult.refused(view, form, problems);
        }
        ReferralSummary referral = view.referral();
        var booking = new Appointments.Booking(
                referral.id(),
                referral.patientId(),
                referral.teamId(),
                form.practitioner().orElseThrow(),
                form.startsAt().orElseThrow(),
                form.appointmentType().orElseThrow(),
                form.consultationMechanism().orElseThrow(),
                form.planned().orElse(null),
                form.offered().orElseThrow(),
                view.preferences().preferredMode());
        Optional<String> clash = clash(view, booking);
        if (clash.isPresent()) {
            return FormResult.refused(view, form, Map.of(form.slotChosen() ? "slot" : "time", clash.get()));
        }
        Long appointmentId;
        try {
            appointmentId = savepoint.execute(status -> appointments.book(booking));
        } catch (DataIntegrityViolationException e) {
            if (!DOUBLE_BOOKED.equals(sqlState(e))) {
                throw e;
            }
            String message = clash(view, booking).orElse("Someone else has just booked this time; choose another time");
            return FormResult.refused(view, form, Map.of(form.slotChosen() ? "slot" : "time", message));
        }
        events.publishEvent(new AppointmentBooked(
                appointmentId,
                referral.id(),
                referral.patientId(),
                referral.teamId(),
                booking.startsAt(),
                booking.type(),
                booking.mode(),
                form.questionnairesRequested()));
        String what = booking.type().label() + ", " + booking.mode().label() + ", on "
                + ServiceTime.dateTime(booking.startsAt()) + " with "
                + practitionerName(view, booking.practitionerId());
        audit.created(
                referral.patientId(),
                "Booked an appointment for referral " + referral.pathwayId() + ": " + what + " ("
                        + DiaryText.choice(booking.modesOffered()) + ")");
        return FormResult.saved("Appointment booked: " + what + ".", "/patients/" + referral.patientId());
    }

    /** The referral's context, with what the practitioner's slot at the time chosen is kept for. */
    private BookingRules.Context rulesContext(BookingView view, BookForm form) {
        var context = view.rulesContext();
        var practitioner = form.practitioner().filter(context.clinicianIds()::contains);
        var start = form.startsAt();
        if (practitioner.isEmpty() || start.isEmpty()) {
            return context;
        }
        return context.atSlotKeptFor(freeTimes.keptFor(practitioner.get(), start.get()));
    }

    /** SQLState of an exclusion constraint violation: the practitioner's time is taken. */
    static final String DOUBLE_BOOKED = "23P01";

    private Optional<String> clash(BookingView view, Appointments.Booking booking) {
        int minutes = booking.plannedMinutes() == null ? 1 : booking.plannedMinutes();
        return diaries.firstClash(booking.practitionerId(), booking.startsAt(), minutes, null)
                .map(other -> DiaryText.clash(practitionerName(view, booking.practitionerId()), other));
    }

    static @Nullable String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private BookingView viewOf(long referralId, @Nullable Long showFreeTimesOf) {
        ReferralSummary referral =
                referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
        var patient = patients.requireAccess(referral.patientId());
        List<Coded> clinicians = staff.cliniciansOf(referral.teamId()).stream()
                .map(member -> new Coded(String.valueOf(member.id()), member.displayName()))
                .toList();
        Long practitioner = defaultPractitioner(referral, clinicians);
        Long slotsOf =
                showFreeTimesOf != null && isClinician(clinicians, showFreeTimesOf) ? showFreeTimesOf : practitioner;
        return new BookingView(
                patient,
                referral,
                patients.contactPreferences(patient.id()),
                clinicians,
                practitioner,
                slotsOf == null ? List.of() : freeTimes.coming(slotsOf),
                slotsOf);
    }

    private static boolean isClinician(List<Coded> clinicians, long id) {
        return clinicians.stream().anyMatch(c -> c.code().equals(String.valueOf(id)));
    }

    /** The referral's practitioner, else whoever is booking, as long as they are a clinician of the team. */
    private Long defaultPractitioner(ReferralSummary referral, List<Coded> clinicians) {
        long me = staff.current().id();
        Long preferred = referral.practitionerId() != null ? referral.practitionerId() : me;
        for (Long candidate : new Long[] {preferred, me}) {
            if (clinicians.stream().anyMatch(c -> c.code().equals(candidate.toString()))) {
                return candidate;
            }
        }
        return null;
    }

    private static String practitionerName(BookingView view, long practitionerId) {
        return view.clinicians().stream()
                .filter(c -> c.code().equals(String.valueOf(practitionerId)))
                .map(Coded::label)
                .findFirst()
                .orElse("practitioner " + practitionerId);
    }
}
