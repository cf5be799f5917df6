package org.stepline.scheduling.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.FormErrors;

/** Booking an appointment on a referral, for a clinician of the patient's team. */
@Service
public class AppointmentBooking {

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final Appointments appointments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AppointmentBooking(ReferralDirectory referrals, PatientDirectory patients, StaffDirectory staff,
            Appointments appointments, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.appointments = appointments;
        this.audit = audit;
    }

    /** The empty booking form for a referral, with the patient's contact preferences. */
    @Transactional
    public Submission.Page<BookingView, BookForm> open(long referralId) {
        BookingView view = viewOf(referralId);
        audit.viewed(view.patient().id(), "Opened the booking form, with contact preferences, for referral "
                + view.referral().pathwayId());
        return new Submission.Page<>(view, BookForm.defaultsFor(view), FormErrors.NONE);
    }

    @Transactional
    public Submission<BookingView, BookForm> book(long referralId, BookForm form) {
        BookingView view = viewOf(referralId);
        Map<String, String> problems = BookingRules.problems(form, view.rulesContext());
        if (!problems.isEmpty()) {
            return Submission.refused(view, form, problems);
        }
        ReferralSummary referral = view.referral();
        var booking = new Appointments.Booking(referral.id(), referral.patientId(), referral.teamId(),
                form.practitioner().orElseThrow(), form.startsAt().orElseThrow(), form.appointmentType().orElseThrow(),
                form.consultationMechanism().orElseThrow(), form.planned().orElse(null));
        long appointmentId = appointments.book(booking);
        events.publishEvent(new AppointmentBooked(appointmentId, referral.id(), referral.patientId(), referral.teamId(),
                booking.startsAt(), booking.type(), booking.mode(), form.questionnairesRequested()));
        String what = booking.type().label() + ", " + booking.mode().label() + ", on "
                + ServiceTime.dateTime(booking.startsAt()) + " with " + practitionerName(view, booking.practitionerId());
        audit.created(referral.patientId(), "Booked an appointment for referral " + referral.pathwayId() + ": " + what);
        return new Submission.Saved<>(referral.patientId(), "Appointment booked: " + what + ".");
    }

    private BookingView viewOf(long referralId) {
        ReferralSummary referral = referrals.find(referralId)
                .orElseThrow(() -> new NotFoundException("Referral " + referralId));
        var patient = patients.requireAccess(referral.patientId());
        List<Coded> clinicians = staff.cliniciansOf(referral.teamId()).stream()
                .map(member -> new Coded(String.valueOf(member.id()), member.displayName())).toList();
        return new BookingView(patient, referral, patients.contactPreferences(patient.id()), clinicians,
                defaultPractitioner(referral, clinicians));
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
        return view.clinicians().stream().filter(c -> c.code().equals(String.valueOf(practitionerId)))
                .map(Coded::label).findFirst().orElse("practitioner " + practitionerId);
    }
}
