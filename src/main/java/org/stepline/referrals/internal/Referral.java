package org.stepline.referrals.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.ReferralStage;

/** A referral's pathway state: it changes only through the methods below, which check the state it is in. */
public record Referral(
        long id,
        String pathwayId,
        long patientId,
        LocalDate receivedDate,
        ReferralStage stage,
        LocalDate stageEnteredOn,
        @Nullable LocalDate dischargeDate,
        @Nullable String endCode) {

    /** The referral after a recorded contact, when the contact moves it on (see {@link StageRules}). */
    public Optional<Referral> afterContact(AppointmentType type, Attendance attendance, LocalDate on) {
        return StageRules.after(stage, type, attendance)
                .map(next -> new Referral(id, pathwayId, patientId, receivedDate, next, on, null, null));
    }

    /**
     * The referral discharged on a date with an end code. Refused when it is already discharged, when the date is
     * before the referral was received or after today, or when the end code is not a national one.
     */
    public Referral discharge(@Nullable String code, LocalDate on, LocalDate today) {
        if (!stage.isOpen()) {
            throw new DischargeRefused(Map.of(
                    "referral",
                    "This referral was already discharged on " + ServiceTime.date(dischargeDate)
                            + ". It cannot be discharged again."));
        }
        var problems = new LinkedHashMap<String, String>();
        if (code == null || !CodeList.END_CODE.contains(code)) {
            problems.put("endCode", "Choose why the referral is ending");
        }
        if (on.isBefore(receivedDate)) {
            problems.put(
                    "dischargeDate",
                    "The discharge date cannot be before the referral was received (" + ServiceTime.date(receivedDate)
                            + ")");
        } else if (on.isAfter(today)) {
            problems.put("dischargeDate", "The discharge date cannot be in the future");
        }
        if (!problems.isEmpty()) {
            throw new DischargeRefused(problems);
        }
        return new Referral(id, pathwayId, patientId, receivedDate, ReferralStage.DISCHARGED, on, on, code);
    }
}
