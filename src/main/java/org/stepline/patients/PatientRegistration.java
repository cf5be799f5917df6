package org.stepline.patients;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Registering a patient from a referral that arrived without one (a self-referral), and finding who is already
 * known: for staff of the team, after they have seen the referral. Every read and change is audited.
 */
public interface PatientRegistration {

    /** A patient already on record who may be the same person: same NHS number, or same name and date of birth. */
    record KnownPatient(PatientHeadline patient, boolean sameNhsNumber, boolean sameTeam) {}

    /**
     * Patients who may be this person, with their headline only when they are in the caller's team; others are
     * named only as "in another team" (patientId kept, names blanked).
     */
    List<KnownPatient> alreadyKnown(
            @Nullable NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth);

    /** Registers the patient in the caller's team; refused (with the reason) when the NHS number is taken. */
    long register(PatientDetails details);

    /** The patient's stated preferred mode, having been offered a choice; after {@link PatientDirectory#requireAccess}. */
    void recordModeChoice(long patientId, ConsultationMechanism preferredMode);

    /** Thrown by {@link #register} when another record has the NHS number. */
    final class NhsNumberTaken extends RuntimeException {

        public NhsNumberTaken(String message) {
            super(message);
        }
    }
}
