package org.stepline.outcomes.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.measures.MeasureRecorded;
import org.stepline.referrals.ReferralDischarged;
import org.stepline.referrals.ReferralReallocated;
import org.stepline.shared.events.ContactRecorded;

/**
 * Recomputes a pathway's outcome row whenever its record changes. Synchronous, in the publisher's transaction: the
 * row commits or rolls back with the change that caused it, so reports never disagree with the record. A failure
 * here is logged and leaves that one row stale until the next change or rebuild; it never stops a clinician's work.
 */
@Component
class OutcomeListeners {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeListeners.class);

    private final OutcomeEngine engine;

    OutcomeListeners(OutcomeEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(ContactRecorded event) {
        recompute(event.referralId(), event);
    }

    @EventListener
    void on(MeasureRecorded event) {
        recompute(event.referralId(), event);
    }

    @EventListener
    void on(ReferralDischarged event) {
        recompute(event.referralId(), event);
    }

    /** The row names the pathway's practitioner, so a move to another practitioner changes it at once. */
    @EventListener
    void on(ReferralReallocated event) {
        recompute(event.referralId(), event);
    }

    private void recompute(long referralId, Object cause) {
        try {
            engine.recompute(referralId);
        } catch (RuntimeException e) {
            LOG.error(
                    "Outcome row of referral {} not updated after {}; rebuild outcomes to repair it",
                    referralId,
                    cause.getClass().getSimpleName(),
                    e);
        }
    }
}
