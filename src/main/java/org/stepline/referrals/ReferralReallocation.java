package org.stepline.referrals;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.FormResult;

/**
 * Moving referrals to another practitioner of their team: one referral, or every open referral a practitioner holds
 * (a practitioner leaving). Only a supervisor of the team or an administrator may; anyone else is refused with
 * {@link org.springframework.security.access.AccessDeniedException}, and the refusal is audited. Every referral
 * moved is audited and announced with {@link ReferralReallocated}. Each move answers as a form does: saved (what was
 * moved and what followed, going back to the patient's record or the practitioner's caseload) or refused with the
 * problems by field ({@code practitioner}, {@code pathwayId}), nothing moved.
 */
public interface ReferralReallocation {

    /** Whether the signed-in member of staff may move referrals of this team. */
    boolean mayReallocateIn(long teamId);

    /** Moves one referral, from the patient's record. */
    FormResult<FormErrors> reallocate(long referralId, @Nullable Long toPractitionerId);

    /**
     * Moves one open referral that the practitioner holds in their team, named by its pathway ID: the way an
     * administrator, who does not open patient records, moves one referral of a leaving practitioner.
     */
    FormResult<FormErrors> reallocateOneHeldBy(
            long fromPractitionerId, @Nullable String pathwayId, @Nullable Long toPractitionerId);

    /** Moves every open referral the practitioner holds in their team. */
    FormResult<FormErrors> reallocateCaseload(long fromPractitionerId, @Nullable Long toPractitionerId);
}
