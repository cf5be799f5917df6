package org.stepline.measures.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureRoute;
import org.stepline.measures.ReferralQuestionnaires;
import org.stepline.measures.Score;

/** The measures side of a self-referral, with the same answer, scoring and risk rules as every other route. */
@Service
class SelfReferralQuestionnaires implements ReferralQuestionnaires {

    static final List<String> ASKED = List.of("PHQ9", "GAD7", "WSAS", "PHOBIA");

    private final InstrumentCatalogue catalogue;
    private final MeasureRecorder recorder;
    private final RiskAlertStore alerts;

    SelfReferralQuestionnaires(InstrumentCatalogue catalogue, MeasureRecorder recorder, RiskAlertStore alerts) {
        this.catalogue = catalogue;
        this.recorder = recorder;
        this.alerts = alerts;
    }

    @Override
    public List<Instrument> asked() {
        return ASKED.stream().map(catalogue::find).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<String> problemWith(String instrumentId, int item, String answer) {
        var instrument = catalogue.require(instrumentId);
        return Optional.ofNullable(
                AnswerRules.check(instrument, Map.of(item, answer)).problems().get(item));
    }

    @Override
    public Optional<Instrument.RiskRule> riskIn(String instrumentId, int item, String answer) {
        var instrument = catalogue.require(instrumentId);
        var checked = AnswerRules.check(instrument, Map.of(item, answer));
        if (checked.problems().containsKey(item)) {
            return Optional.empty();
        }
        var answers = new HashMap<Integer, Integer>();
        answers.put(item, checked.answers().get(item));
        return AnswerRules.risksIn(instrument, answers).stream().findFirst();
    }

    @Override
    public Score score(String instrumentId, Map<Integer, String> answers) {
        var instrument = catalogue.require(instrumentId);
        var checked = AnswerRules.check(instrument, answers);
        return checked.ok() ? ScoringRules.score(instrument, checked.answers()) : Score.UNSCORED;
    }

    @Override
    @Transactional
    public long raiseBeforeTriage(long teamId, long selfReferralId, String reason) {
        return alerts.raiseForSelfReferral(teamId, selfReferralId, reason);
    }

    @Override
    @Transactional
    public void storeAtReferral(
            long selfReferralId,
            long patientId,
            long referralId,
            long teamId,
            Instant completedAt,
            Map<String, Map<Integer, String>> answers) {
        var target = new MeasureTarget(patientId, referralId, teamId, null);
        for (var instrument : asked()) {
            var checked = AnswerRules.check(instrument, answers.getOrDefault(instrument.id(), Map.of()));
            if (checked.ok()) {
                recorder.recordRiskAlreadyRaised(
                        instrument,
                        target,
                        checked.answers(),
                        MeasureRoute.AT_REFERRAL,
                        completedAt,
                        null); // the person themselves entered them
            }
        }
        alerts.joinToPatient(selfReferralId, patientId, referralId);
    }
}
