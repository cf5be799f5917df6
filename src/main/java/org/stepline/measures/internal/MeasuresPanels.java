package org.stepline.measures.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasuresPanel;
import org.stepline.measures.PatientMeasures;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.ScoreChart;
import org.stepline.measures.ScoreHistory;

@Service
class MeasuresPanels implements PatientMeasures {

    /** Charted instruments, in the order drawn. */
    static final List<String> CHARTED = List.of("PHQ9", "GAD7", "WSAS");

    private final ScoreHistory scores;
    private final RiskAlerts alerts;
    private final RequestStore requests;
    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    MeasuresPanels(
            ScoreHistory scores, RiskAlerts alerts, RequestStore requests, InstrumentCatalogue catalogue, Clock clock) {
        this.scores = scores;
        this.alerts = alerts;
        this.requests = requests;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public MeasuresPanel panelFor(long patientId) {
        var history = scores.forPatient(patientId);
        var charts = CHARTED.stream()
                .map(catalogue::find)
                .flatMap(java.util.Optional::stream)
                .map(i -> new MeasuresPanel.Chart(i.name(), ScoreChart.render(i, history)))
                .toList();
        var links = requests.forPatient(patientId).stream().map(this::view).toList();
        return new MeasuresPanel(patientId, alerts.forPatient(patientId), charts, history, links);
    }

    private MeasuresPanel.LinkRequest view(QuestionnaireRequest r) {
        var state = r.state(clock.instant());
        String status = switch (state) {
            case USABLE -> "Waiting for the patient";
            case NOT_ISSUED -> "Scheduled";
            case EXPIRED -> "Expired";
            case COMPLETED -> "Completed by the patient";
            case LOCKED -> "Locked (wrong date of birth)";
            case REVOKED -> "Cancelled";
            case UNKNOWN -> r.status();
        };
        var names = r.instruments().stream()
                .map(id -> catalogue.find(id).map(i -> i.name()).orElse(id))
                .toList();
        return new MeasuresPanel.LinkRequest(
                r.id(),
                r.appointmentId(),
                names,
                status,
                r.createdAt(),
                r.sendAfter(),
                r.expiresAt(),
                state == org.stepline.measures.internal.LinkState.USABLE || state == LinkState.NOT_ISSUED);
    }
}
