package org.stepline.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One scored questionnaire against a referral: which measure (instrument id, and SNOMED CT code where known), its
 * total and when it was completed. {@code administrationId} gives the order in which scores were recorded.
 */
public record ScoreTotal(
        long administrationId,
        long referralId,
        String instrumentId,
        @Nullable String snomedCode,
        int total,
        Instant completedAt) {}
