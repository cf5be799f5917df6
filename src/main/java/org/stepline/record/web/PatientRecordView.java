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
public record PatientRecordView(
        PatientHeadline patient,
        PatientDetails details,
        LocalDate today,
        List<ReferralRow> referrals,
        List<ContactRow> contacts) {

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
    public record ReferralRow(
            ReferralSummary referral, @Nullable String practitioner, LocalDate today) {

        public String received() {
            return ServiceTime.date(referral.receivedDate());
        }

        public String source() {
            return CodeList.REFERRAL_SOURCE.labelOf(referral.sourceCode());
        }

        public String problem() {
            return referral.presentingProblem() == null
                    ? "Not known yet"
                    : CodeList.PRESENTING_PROBLEM.labelOf(referral.presentingProblem());
        }

        public String practitionerName() {
            return practitioner == null ? "Not assigned" : practitioner;
        }

        public String daysInStage() {
            return referral.isOpen() ? String.valueOf(referral.daysInStage(today)) : "";
        }

        public String discharge() {
            return referral.dischargeDate() == null
                    ? ""
                    : ServiceTime.date(referral.dischargeDate()) + ": " + CodeList.END_CODE.labelOf(referral.endCode());
        }
    }

    /** One line of the contact timeline: an appointment or contact, or a version of a formulation kept on the record. */
    public record TimelineItem(
            @Nullable ContactRow contact, @Nullable KeptVersionRow version) {}

    /** A kept formulation version on the timeline, with the link to open it. */
    public record KeptVersionRow(
            long versionId,
            String title,
            java.time.Instant keptAt,
            @Nullable String keptBy) {

        public String when() {
            return ServiceTime.dateTime(keptAt);
        }
    }

    /** The contacts (newest first) with every kept formulation version among them by when it was kept. */
    public List<TimelineItem> timeline(List<org.stepline.formulation.FormulationsOnRecord.BoardOnRecord> boards) {
        var versions = boards.stream()
                .flatMap(b -> b.versions().stream()
                        .map(v -> new KeptVersionRow(
                                v.versionId(), b.modelName() + ", version " + v.number(), v.keptAt(), v.keptBy())))
                .sorted(java.util.Comparator.comparing(KeptVersionRow::keptAt).reversed())
                .toList();
        var items = new java.util.ArrayList<TimelineItem>();
        int next = 0;
        for (var row : contacts) {
            while (next < versions.size()
                    && !versions.get(next).keptAt().isBefore(row.contact().startsAt())) {
                items.add(new TimelineItem(null, versions.get(next++)));
            }
            items.add(new TimelineItem(row, null));
        }
        versions.subList(next, versions.size()).forEach(v -> items.add(new TimelineItem(null, v)));
        return items;
    }

    /** One appointment or contact. Every mode is drawn the same way; telephone checks are shown when recorded. */
    public record ContactRow(
            ContactEntry contact,
            String pathwayId,
            @Nullable String practitioner) {

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
            return contact.callAttempts() == 0 && !contact.mode().isTelephone()
                    ? ""
                    : String.valueOf(contact.callAttempts());
        }
    }
}
