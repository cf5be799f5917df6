package org.stepline.referrals;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Moving referrals to another practitioner of their team: one referral, or every open referral a practitioner holds
 * (a practitioner leaving). Only a supervisor of the team or an administrator may; anyone else is refused with
 * {@link org.springframework.security.access.AccessDeniedException}, and the refusal is audited. Every referral
 * moved is audited and announced with {@link ReferralReallocated}.
 */
public interface ReferralReallocation {

    /** Whether the signed-in member of staff may move referrals of this team. */
    boolean mayReallocateIn(long teamId);

    /** Moves one referral; {@link ReallocationRefused} says what is wrong with the practitioner chosen. */
    Reallocated reallocate(long referralId, @Nullable Long toPractitionerId);

    /**
     * Moves one open referral that the practitioner holds in their team, named by its pathway ID: the way an
     * administrator, who does not open patient records, moves one referral of a leaving practitioner.
     * {@link ReallocationRefused} says what is wrong with the pathway ID ({@code pathwayId}) or the practitioner
     * chosen ({@code practitioner}).
     */
    Reallocated reallocateOneHeldBy(
            long fromPractitionerId, @Nullable String pathwayId, @Nullable Long toPractitionerId);

    /**
     * Moves every open referral the practitioner holds in their team; {@link ReallocationRefused} says what is wrong
     * with the practitioner chosen.
     */
    Reallocated reallocateCaseload(long fromPractitionerId, @Nullable Long toPractitionerId);

    /** What was moved: the referrals, in id order, and the name of the practitioner who now holds them. */
    record Reallocated(String toName, List<Long> referralIds) {}
}
