package org.stepline.measures.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.measures.Instrument;
import org.stepline.measures.MeasureRoute;

/** A practitioner entering a patient's answers during a contact. */
@Service
public class InSessionMeasures {

    private final MeasureRecorder recorder;
    private final AuditTrail audit;
    private final Clock clock;

    InSessionMeasures(MeasureRecorder recorder, AuditTrail audit, Clock clock) {
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The problems by question, or what was stored. */
    public record Entry(Map<Integer, String> problems, MeasureRecorder.Recorded recorded) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Entry enter(MeasureTarget target, Instrument instrument, Map<Integer, String> given, long staffId) {
        var checked = AnswerRules.check(instrument, given);
        if (!checked.ok()) {
            return new Entry(checked.problems(), null);
        }
        var recorded = recorder.record(
                instrument, target, checked.answers(), MeasureRoute.IN_SESSION, clock.instant(), staffId, null);
        audit.created(
                target.patientId(),
                "Recorded " + instrument.name()
                        + (recorded.score().total() == null
                                ? ""
                                : " (total " + recorded.score().total() + ")") + " in session"
                        + (recorded.risks().isEmpty() ? "" : "; risk alert raised"));
        return new Entry(Map.of(), recorded);
    }
}
