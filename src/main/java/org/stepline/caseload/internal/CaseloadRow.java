package org.stepline.caseload.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.ScoreSummary;
import org.stepline.scheduling.TelephoneSessionsDue.TelephoneSessionDue;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;

/** One open referral on a practitioner's caseload, with today's or the next telephone appointment to run a session for. */
public record CaseloadRow(
        long referralId,
        long patientId,
        String patientName,
        String nhsNumber,
        int step,
        ReferralStage stage,
        long daysInStage,
        @Nullable Instant lastAttended,
        @Nullable Instant nextBooked,
        List<ConsultationMechanism> modesUsed,
        boolean riskAlert,
        List<ScoreSummary> scores,
        @Nullable TelephoneSessionDue telephoneSession) {

    /** A row with no telephone session to start. */
    public CaseloadRow(
            long referralId,
            long patientId,
            String patientName,
            String nhsNumber,
            int step,
            ReferralStage stage,
            long daysInStage,
            @Nullable Instant lastAttended,
            @Nullable Instant nextBooked,
            List<ConsultationMechanism> modesUsed,
            boolean riskAlert,
            List<ScoreSummary> scores) {
        this(
                referralId,
                patientId,
                patientName,
                nhsNumber,
                step,
                stage,
                daysInStage,
                lastAttended,
                nextBooked,
                modesUsed,
                riskAlert,
                scores,
                null);
    }

    /** What needs attention first: an unacknowledged risk alert, nothing booked next, then longest in stage. */
    public static final Comparator<CaseloadRow> ATTENTION_FIRST = Comparator.comparing(
                    (CaseloadRow row) -> !row.riskAlert())
            .thenComparing((CaseloadRow row) -> row.nextBooked() != null)
            .thenComparing(CaseloadRow::daysInStage, Comparator.reverseOrder())
            .thenComparing(CaseloadRow::patientName);

    public boolean nothingBooked() {
        return nextBooked == null;
    }

    /** Latest score and change since the first, e.g. "12 (−6)"; "(first)" when there is only one. */
    public static String describe(ScoreSummary score) {
        return score.latestWithChange();
    }
}
