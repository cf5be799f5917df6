package org.stepline.outcomes.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.measures.MeasureRecorded;
import org.stepline.referrals.ReferralDischarged;
import org.stepline.scheduling.ContactRecorded;

/**
 * Recomputes a pathway's outcome row whenever its record changes. Synchronous, in the publisher's transaction: the
 * row commits or rolls back with the change that caused it, so reports never disagree with the record.
 */
@Component
class OutcomeListeners {

    private final OutcomeEngine engine;

    OutcomeListeners(OutcomeEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(ContactRecorded event) {
        engine.recompute(event.referralId());
    }

    @EventListener
    void on(MeasureRecorded event) {
        engine.recompute(event.referralId());
    }

    @EventListener
    void on(ReferralDischarged event) {
        engine.recompute(event.referralId());
    }
}
