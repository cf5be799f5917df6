package org.stepline.supervision.internal;

import java.util.List;
import org.stepline.measures.ScoreSummary;
import org.stepline.shared.codes.ReferralStage;

/** One open referral under review: its flags, most urgent first, and how treatment is going. */
public record ReviewRow(
        long referralId,
        long patientId,
        String patientName,
        String nhsNumber,
        int step,
        ReferralStage stage,
        long daysInStage,
        List<Flag> flags,
        List<ScoreSummary> scores,
        String treatmentMode,
        int sessions) {

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
