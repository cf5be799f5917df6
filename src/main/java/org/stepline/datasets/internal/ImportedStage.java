package org.stepline.datasets.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ReferralStage;

/**
 * The stage of an imported pathway, which the extract does not state: discharged on its discharge date; else in
 * treatment from its first attended treatment contact; else awaiting treatment from its first attended contact of
 * any kind (an assessment); else awaiting assessment since the referral was received.
 */
record ImportedStage(ReferralStage stage, LocalDate enteredOn) {

    static ImportedStage of(
            LocalDate received,
            @Nullable LocalDate discharged,
            @Nullable LocalDate firstAttended,
            @Nullable LocalDate firstTreatment) {
        if (discharged != null) {
            return new ImportedStage(ReferralStage.DISCHARGED, discharged);
        }
        if (firstTreatment != null) {
            return new ImportedStage(ReferralStage.IN_TREATMENT, firstTreatment);
        }
        if (firstAttended != null) {
            return new ImportedStage(ReferralStage.AWAITING_TREATMENT, firstAttended);
        }
        return new ImportedStage(ReferralStage.AWAITING_ASSESSMENT, received);
    }
}
