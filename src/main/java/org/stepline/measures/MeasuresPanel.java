package org.stepline.measures;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the patient record shows about measures: open and past risk alerts, score charts, every score, and
 * questionnaire links sent. Drawn by the {@code measures/panel} and {@code measures/riskBanner} templates.
 */
public record MeasuresPanel(
        long patientId,
        List<RiskAlert> alerts,
        List<Chart> charts,
        List<ScoreEntry> scores,
        List<LinkRequest> requests) {

    public record Chart(String instrumentName, String svg) {}

    /** A questionnaire link as staff see it: never the link itself, which is shown only once. */
    public record LinkRequest(
            long id,
            @Nullable Long appointmentId,
            List<String> instrumentNames,
            String status,
            Instant createdAt,
            @Nullable Instant sendAfter,
            @Nullable Instant expiresAt,
            boolean revocable) {}

    public List<RiskAlert> openAlerts() {
        return alerts.stream().filter(RiskAlert::isOpen).toList();
    }

    /** Newest first, for the table under the charts. */
    public List<ScoreEntry> scoresNewestFirst() {
        return scores.reversed();
    }
}
