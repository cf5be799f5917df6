package org.stepline.measures.web;

import org.springframework.stereotype.Component;
import org.stepline.measures.internal.MeasureTarget;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.NotFoundException;

/**
 * Finds whose appointment it is, checks the signed-in clinician may act for that patient, and gives where the
 * answers belong. The patient always comes from the appointment, so a measure cannot land on another patient.
 */
@Component
class AppointmentTargets {

    private final ContactHistory contacts;
    private final ReferralDirectory referrals;
    private final PatientDirectory patients;

    AppointmentTargets(ContactHistory contacts, ReferralDirectory referrals, PatientDirectory patients) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.patients = patients;
    }

    record Resolved(ContactEntry appointment, PatientHeadline patient, MeasureTarget target) {}

    Resolved resolve(long appointmentId) {
        var appointment =
                contacts.find(appointmentId).orElseThrow(() -> new NotFoundException("Appointment " + appointmentId));
        var referral = referrals.find(appointment.referralId()).orElseThrow(() -> new NotFoundException("Referral"));
        var patient = patients.requireAccess(referral.patientId());
        return new Resolved(
                appointment,
                patient,
                new MeasureTarget(patient.id(), referral.id(), referral.teamId(), appointment.appointmentId()));
    }
}
