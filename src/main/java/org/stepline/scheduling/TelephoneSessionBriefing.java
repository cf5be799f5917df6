package org.stepline.scheduling;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clinical part of a telephone session: the patient's latest scores and open risk alerts. Implemented by
 * measures, which depends on scheduling; a port here keeps scheduling from depending on measures (a cycle).
 * Callers check access to the patient first.
 */
public interface TelephoneSessionBriefing {

    Briefing forPatient(long patientId);

    record Briefing(List<LatestScore> latestScores, List<OpenRiskAlert> openRiskAlerts) {

        public static final Briefing NONE = new Briefing(List.of(), List.of());
    }

    /** The latest score of one questionnaire. */
    record LatestScore(
            String instrumentName,
            @Nullable Integer total,
            @Nullable String band,
            boolean caseness,
            Instant completedAt) {}

    /** A risk alert no clinician has acknowledged yet. */
    record OpenRiskAlert(long id, String reason, Instant raisedAt) {}
}
