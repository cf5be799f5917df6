package org.stepline.referrals.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.stepline.referrals.ReferralIntake;

@Service
class ReferralIntakes implements ReferralIntake {

    private final ReferralCare care;

    ReferralIntakes(ReferralCare care) {
        this.care = care;
    }

    @Override
    public long open(
            long patientId,
            long teamId,
            String sourceCode,
            LocalDate receivedDate,
            int step,
            @Nullable Long practitionerId) {
        return care.open(patientId, teamId, new NewReferral(sourceCode, receivedDate, null, step, practitionerId))
                .id();
    }

    @Override
    public void close(long referralId, String endCode, LocalDate on, LocalDate today) {
        try {
            care.discharge(referralId, endCode, on, today);
        } catch (DischargeRefused refused) {
            throw new IllegalArgumentException(
                    String.join(" ", refused.problems().values()), refused);
        }
    }
}
