package org.stepline.record.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.ContactEntry;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.CodeList;

/** What the patient record page shows: who, how to call them, their referrals and every contact, newest first. */
public record PatientRecordView(PatientHeadline patient, PatientDetails details, LocalDate today,
        List<ReferralRow> referrals, List<ContactRow> contacts) {

    public String genderLabel() {
        return CodeList.GENDER_IDENTITY.labelOf(details.genderCode());
    }

    public String ethnicityLabel() {
        return CodeList.ETHNIC_CATEGORY.labelOf(details.ethnicCategory());
    }

    public String bornLabel() {
        if (details.dateOfBirth() == null) {
            return "date of birth not known";
        }
        return ServiceTime.date(details.dateOfBirth()) + " (" + details.ageOn(today) + " years old)";
    }

    public @Nullable String gpPractice() {
        if (details.gpPracticeName() == null && details.gpPracticeCode() == null) {
            return null;
        }
        if (details.gpPracticeName() == null || details.gpPracticeCode() == null) {
            return details.gpPracticeName() != null ? details.gpPracticeName() : details.gpPracticeCode();
        }
        return details.gpPracticeName() + " (" + details.gpPracticeCode() + ")";
    }

    /** A referral, with its practitioner's name and the labels of its codes. */
    public record ReferralRow(ReferralSummary referral, @Nullable String practitioner, LocalDate today) {

        public String received() {
            return ServiceTime.date(referral.receivedDate());
        }

        public String source() {
            return CodeList.REFERRAL_SOURCE.labelOf(referral.sourceCode());
        }

        public String problem() {
            return referral.presentingProblem() == null ? "Not known yet"
                    : CodeList.PRESENTING_PROBLEM.labelOf(referral.presentingProblem());
        }

        public String practitionerName() {
            return practitioner == null ? "Not assigned" : practitioner;
        }

        public String daysInStage() {
            return referral.isOpen() ? String.valueOf(referral.daysInStage(today)) : "";
        }

        public String discharge() {
            return referral.dischargeDate() == null ? ""
                    : ServiceTime.date(referral.dischargeDate()) + ": " + CodeList.END_CODE.labelOf(referral.endCode());
        }
    }

    /** One appointment or contact. Every mode is drawn the same way; telephone checks are shown when recorded. */
    public record ContactRow(ContactEntry contact, String pathwayId, @Nullable String practitioner) {

        public String when() {
            return ServiceTime.dateTime(contact.startsAt());
        }

        public String outcome() {
            return contact.isRecorded() ? contact.attendance().label() : "Booked";
        }

        public String duration() {
            return contact.durationMinutes() == null ? "" : contact.durationMinutes() + " min";
        }

        public String practitionerName() {
            return practitioner == null ? "" : practitioner;
        }

        public String callAttempts() {
            return contact.callAttempts() == 0 && !contact.mode().isTelephone() ? "" : String.valueOf(contact.callAttempts());
        }
    }
}
