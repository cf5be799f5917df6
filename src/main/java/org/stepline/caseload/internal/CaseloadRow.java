package org.stepline.caseload.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/** One open referral on a practitioner's caseload. */
public record CaseloadRow(long referralId, long patientId, String patientName, String nhsNumber, int step,
        ReferralStage stage, long daysInStage, @Nullable Instant lastAttended, @Nullable Instant nextBooked,
        List<ConsultationMechanism> modesUsed) {

    /** What needs attention first: nothing booked next, then longest in the current stage. */
    public static final Comparator<CaseloadRow> ATTENTION_FIRST = Comparator
            .comparing((CaseloadRow row) -> row.nextBooked() != null)
            .thenComparing(CaseloadRow::daysInStage, Comparator.reverseOrder())
            .thenComparing(CaseloadRow::patientName);

    public boolean nothingBooked() {
        return nextBooked == null;
    }
}
