package org.stepline.measures.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.measures.Instrument;
import org.stepline.measures.MeasureRecorded;
import org.stepline.measures.MeasureRoute;
import org.stepline.measures.Score;

/**
 * Stores a completed questionnaire with its score, and raises a risk alert at once for any risk answer, whichever
 * route the answers came by. One transaction: all of it is stored, or none.
 */
@Service
public class MeasureRecorder {

    private final Administrations administrations;
    private final RiskAlertStore alerts;
    private final ApplicationEventPublisher events;

    MeasureRecorder(Administrations administrations, RiskAlertStore alerts, ApplicationEventPublisher events) {
        this.administrations = administrations;
        this.alerts = alerts;
        this.events = events;
    }

    public record Recorded(long administrationId, Score score, List<Instrument.RiskRule> risks) {}

    @Transactional
    public Recorded record(
            Instrument instrument,
            MeasureTarget target,
            Map<Integer, Integer> answers,
            MeasureRoute route,
            Instant completedAt,
            @Nullable Long enteredBy,
            @Nullable Long requestId) {
        return record(instrument, target, answers, route, completedAt, enteredBy, requestId, null, true);
    }

    /** As above; {@code sourceSystem} names the other system that sent the answers (route OTHER_SYSTEM). */
    @Transactional
    public Recorded record(
            Instrument instrument,
            MeasureTarget target,
            Map<Integer, Integer> answers,
            MeasureRoute route,
            Instant completedAt,
            @Nullable Long enteredBy,
            @Nullable Long requestId,
            @Nullable String sourceSystem) {
        return record(instrument, target, answers, route, completedAt, enteredBy, requestId, sourceSystem, true);
    }

    /** As {@link #record}, but raising no alert: for answers whose risk alert was raised when they were given. */
    @Transactional
    public Recorded recordRiskAlreadyRaised(
            Instrument instrument,
            MeasureTarget target,
            Map<Integer, Integer> answers,
            MeasureRoute route,
            Instant completedAt,
            @Nullable Long enteredBy) {
        return record(instrument, target, answers, route, completedAt, enteredBy, null, null, false);
    }

    private Recorded record(
            Instrument instrument,
            MeasureTarget target,
            Map<Integer, Integer> answers,
            MeasureRoute route,
            Instant completedAt,
            @Nullable Long enteredBy,
            @Nullable Long requestId,
            @Nullable String sourceSystem,
            boolean raiseAlerts) {
        Score score = ScoringRules.score(instrument, answers);
        long id = administrations.insert(
                new Administrations.NewAdministration(
                        target.patientId(),
                        target.referralId(),
                        target.appointmentId(),
                        instrument.id(),
                        instrument.codes().get("snomedTotal"),
                        completedAt,
                        route,
                        score,
                        enteredBy,
                        requestId,
                        sourceSystem),
                answers);
        var risks = AnswerRules.risksIn(instrument, answers);
        for (var risk : raiseAlerts ? risks : List.<Instrument.RiskRule>of()) {
            alerts.raise(target.patientId(), target.referralId(), target.teamId(), id, risk.message());
        }
        events.publishEvent(new MeasureRecorded(id, target.patientId(), target.referralId(), instrument.id()));
        return new Recorded(id, score, risks);
    }
}
