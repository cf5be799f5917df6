package org.stepline.measures.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.ScoreEntry;
import org.stepline.measures.ScoreHistory;
import org.stepline.scheduling.TelephoneSessionBriefing;

/** What the telephone session shows once the checks are passed: each questionnaire's latest score, open risk alerts. */
@Component
class TelephoneSessionBriefings implements TelephoneSessionBriefing {

    private final ScoreHistory scores;
    private final RiskAlerts alerts;

    TelephoneSessionBriefings(ScoreHistory scores, RiskAlerts alerts) {
        this.scores = scores;
        this.alerts = alerts;
    }

    @Override
    public Briefing forPatient(long patientId) {
        Map<String, ScoreEntry> latest = new LinkedHashMap<>();
        for (ScoreEntry entry : scores.forPatient(patientId)) { // oldest first: the last of each questionnaire stays
            latest.put(entry.instrumentId(), entry);
        }
        var latestScores = latest.values().stream()
                .sorted(Comparator.comparing(ScoreEntry::completedAt).reversed())
                .map(entry -> new LatestScore(
                        entry.instrumentName(),
                        entry.total(),
                        entry.band(),
                        Boolean.TRUE.equals(entry.caseness()),
                        entry.completedAt()))
                .toList();
        var open = alerts.forPatient(patientId).stream()
                .filter(RiskAlert::isOpen)
                .map(alert -> new OpenRiskAlert(alert.id(), alert.reason(), alert.raisedAt()))
                .toList();
        return new Briefing(latestScores, open);
    }
}
