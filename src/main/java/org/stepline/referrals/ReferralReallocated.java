package org.stepline.referrals;

import org.jspecify.annotations.Nullable;

/**
 * A referral was moved to another practitioner of its team (by a supervisor or an administrator). Published in the
 * transaction that moves it, so that listeners (appointments, outcome rows, supervision) change with it.
 * {@code fromPractitionerId} is null when the referral was not assigned before.
 */
public record ReferralReallocated(
        long referralId,
        long patientId,
        long teamId,
        @Nullable Long fromPractitionerId,
        long toPractitionerId) {}
