package org.stepline.supervision.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.stepline.datasets.DatasetImported;
import org.stepline.measures.MeasureRecorded;
import org.stepline.shared.events.ContactRecorded;

/**
 * Recomputes a referral's flag inputs whenever its contacts or scores change. Synchronous, in the publisher's
 * transaction, so the row commits or rolls back with the change. A failure is logged and leaves that one row stale
 * until the next change or rebuild; it never stops a clinician's work.
 */
@Component
class FlagInputListeners {

    private static final Logger LOG = LoggerFactory.getLogger(FlagInputListeners.class);

    private final FlagInputKeeper keeper;

    FlagInputListeners(FlagInputKeeper keeper) {
        this.keeper = keeper;
    }

    @EventListener
    void on(ContactRecorded event) {
        recompute(event.referralId(), event);
    }

    @EventListener
    void on(MeasureRecorded event) {
        recompute(event.referralId(), event);
    }

    /**
     * An import only adds new referrals, which have no rows yet; every row is forgotten all the same, after the
     * import commits (never holding rows a clinician's change would wait on), in case an import ever adds to
     * existing ones.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(DatasetImported event) {
        LOG.info("Supervision flag inputs forgotten after the import of {}: {} rows, worked out again when needed",
                event.source(), keeper.rebuild());
    }

    private void recompute(long referralId, Object cause) {
        try {
            keeper.recompute(referralId);
        } catch (RuntimeException e) {
            LOG.error("Supervision flag inputs of referral {} not updated after {}; rebuild them to repair it",
                    referralId, cause.getClass().getSimpleName(), e);
        }
    }
}
