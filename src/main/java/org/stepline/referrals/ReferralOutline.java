package org.stepline.referrals;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The facts about a referral (pathway) that its outcome depends on, read in bulk by the outcomes module. */
public record ReferralOutline(
        long id,
        String pathwayId,
        long teamId,
        @Nullable Long practitionerId,
        int step,
        LocalDate receivedDate,
        @Nullable LocalDate dischargeDate,
        @Nullable String endCode,
        @Nullable String presentingProblem,
        String dataSource) {}
