package org.stepline.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.Role;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/**
 * A whole demo service as plain values, before it is written: teams, staff, patients and their referrals with
 * appointments and call attempts. Teams, staff and patients are referred to by their position in these lists.
 */
record DemoService(List<Team> teams, List<Staff> staff, List<Patient> patients, List<Referral> referrals) {

    Stream<Appointment> appointments() {
        return referrals.stream().flatMap(r -> r.appointments().stream());
    }

    record Team(String name) {}

    /** A member of staff; {@code step} is 2 for PWPs, 3 for therapists and 0 for staff without a caseload. */
    record Staff(
            String username,
            String displayName,
            Role role,
            int team,
            @Nullable String professionalId,
            int step) {}

    record Patient(
            int team,
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String genderCode,
            String ethnicCategory,
            String postcode,
            String gpPracticeCode,
            String gpPracticeName,
            @Nullable String email,
            @Nullable String mobilePhone,
            @Nullable String landlinePhone,
            String preferredPhone,
            boolean voicemailAllowed,
            @Nullable String safeCallTimes,
            String preferredMode,
            boolean modeChoiceOffered) {}

    record Referral(
            String pathwayId,
            int patient,
            int team,
            String sourceCode,
            LocalDate receivedDate,
            String presentingProblem,
            int step,
            @Nullable Integer practitioner,
            ReferralStage stage,
            LocalDate stageEnteredOn,
            @Nullable LocalDate dischargeDate,
            @Nullable String endCode,
            List<StageChange> stageChanges,
            List<Appointment> appointments) {}

    record StageChange(ReferralStage stage, LocalDate enteredOn) {}

    /**
     * An appointment; once its attendance is recorded it is a care contact. Held by the referral's practitioner.
     * {@code modesOffered}: the ConsMechanism codes offered at booking, {@code mode} among them.
     * {@code practitioner}: who holds it, usually the referral's practitioner, a colleague when their day is full.
     */
    record Appointment(
            Instant startsAt,
            AppointmentType type,
            ConsultationMechanism mode,
            Attendance attendance,
            @Nullable Integer durationMinutes,
            @Nullable Boolean identityConfirmed,
            @Nullable Boolean privateAndSafe,
            @Nullable String patientLocation,
            @Nullable String notes,
            List<CallAttempt> callAttempts,
            int plannedMinutes,
            List<String> modesOffered,
            int practitioner) {}

    record CallAttempt(Instant attemptedAt, String outcome) {}
}
