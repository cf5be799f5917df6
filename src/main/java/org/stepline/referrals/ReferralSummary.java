package org.stepline.referrals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ReferralStage;

/** A referral (pathway) as other modules see it. */
public record ReferralSummary(
        long id,
        String pathwayId,
        long patientId,
        long teamId,
        @Nullable Long practitionerId,
        String sourceCode,
        LocalDate receivedDate,
        @Nullable String presentingProblem,
        int step,
        ReferralStage stage,
        LocalDate stageEnteredOn,
        @Nullable LocalDate dischargeDate,
        @Nullable String endCode) {

    public long daysInStage(LocalDate today) {
        return ChronoUnit.DAYS.between(stageEnteredOn, today);
    }

    /** Days since the referral was received: the clock the 6 and 18 week standards run on. */
    public long daysSinceReferral(LocalDate today) {
        return ChronoUnit.DAYS.between(receivedDate, today);
    }

    public boolean isOpen() {
        return stage.isOpen();
    }
}
