package org.stepline.measures.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.measures.AnswersFromOtherSystems;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureRoute;
import org.stepline.measures.Score;

/** Answers sent by another system, through the same checks, scoring and risk rules as a form's. */
@Service
class OtherSystemAnswers implements AnswersFromOtherSystems {

    private final InstrumentCatalogue catalogue;
    private final MeasureRecorder recorder;

    OtherSystemAnswers(InstrumentCatalogue catalogue, MeasureRecorder recorder) {
        this.catalogue = catalogue;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Outcome record(Sent sent) {
        var instrument = catalogue.find(sent.instrumentId()).orElse(null);
        if (instrument == null) {
            return refused(Map.of(0, "Stepline has no questionnaire " + sent.instrumentId()));
        }
        var checked = AnswerRules.check(instrument, sent.answers());
        if (!checked.ok()) {
            return refused(checked.problems());
        }
        var target = new MeasureTarget(sent.patientId(), sent.referralId(), sent.teamId(), null);
        var recorded = recorder.record(
                instrument,
                target,
                checked.answers(),
                MeasureRoute.OTHER_SYSTEM,
                sent.completedAt(),
                null,
                null,
                sent.systemName());
        return new Outcome(
                recorded.administrationId(),
                recorded.score(),
                recorded.risks().stream().map(Instrument.RiskRule::message).toList(),
                Map.of());
    }

    private static Outcome refused(Map<Integer, String> problems) {
        return new Outcome(null, Score.UNSCORED, List.of(), problems);
    }
}
