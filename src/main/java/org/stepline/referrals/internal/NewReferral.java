package org.stepline.referrals.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is known when a referral arrives. */
public record NewReferral(
        String sourceCode,
        LocalDate receivedDate,
        @Nullable String presentingProblem,
        int step,
        @Nullable Long practitionerId) {}
