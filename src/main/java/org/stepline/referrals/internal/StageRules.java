package org.stepline.referrals.internal;

import java.util.Optional;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.codes.TreatmentContacts;

/**
 * How a recorded contact moves a referral along its pathway. Only attended contacts count: an assessment ends the
 * wait for assessment, and treatment (02, 03, 05) starts treatment. Reviews, follow-ups, contacts not attended and
 * discharged referrals change nothing, and a referral never moves backwards.
 */
public final class StageRules {

    private StageRules() {}

    public static Optional<ReferralStage> after(ReferralStage current, AppointmentType type, Attendance attendance) {
        if (!attendance.isAttended() || !current.isWaiting()) {
            return Optional.empty();
        }
        if (TreatmentContacts.isTreatmentContact(type, attendance)) {
            return Optional.of(ReferralStage.IN_TREATMENT);
        }
        if (type == AppointmentType.ASSESSMENT && current == ReferralStage.AWAITING_ASSESSMENT) {
            return Optional.of(ReferralStage.AWAITING_TREATMENT);
        }
        return Optional.empty();
    }
}
