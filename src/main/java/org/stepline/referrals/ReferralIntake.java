package org.stepline.referrals;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Opening a referral that arrived another way than the new-referral form (a self-referral taken in at triage),
 * and ending one at once when it is not taken on. Callers have checked access to the patient; each change is
 * audited.
 */
public interface ReferralIntake {

    /** A referral awaiting assessment since {@code receivedDate}: on the team's waiting list. Returns its id. */
    long open(
            long patientId,
            long teamId,
            String sourceCode,
            LocalDate receivedDate,
            int step,
            @Nullable Long practitionerId);

    /** Ends the referral with a national end code; {@link IllegalArgumentException} with the reason when refused. */
    void close(long referralId, String endCode, LocalDate on, LocalDate today);
}
