package org.stepline.supervision.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.stepline.datasets.DatasetImported;
import org.stepline.measures.MeasureRecorded;
import org.stepline.referrals.ReferralReallocated;
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
    private final JdbcSupervisionNotes notes;
    private final org.stepline.audit.AuditTrail audit;

    FlagInputListeners(FlagInputKeeper keeper, JdbcSupervisionNotes notes, org.stepline.audit.AuditTrail audit) {
        this.keeper = keeper;
        this.notes = notes;
        this.audit = audit;
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
     * A referral moved to another practitioner: the open supervision actions on it that the previous practitioner
     * owned go to the new one (they show on the new practitioner's caseload), in the same transaction, and its flag
     * row is worked out again, so the team and practitioner pages count its flags under the new practitioner at once.
     */
    @EventListener
    void on(ReferralReallocated event) {
        if (event.fromPractitionerId() != null) {
            int handed =
                    notes.handOverOpenActions(event.referralId(), event.fromPractitionerId(), event.toPractitionerId());
            if (handed > 0) {
                audit.updated(
                        event.patientId(),
                        handed + " open supervision action" + (handed == 1 ? "" : "s")
                                + " handed to the referral's new practitioner");
            }
        }
        recompute(event.referralId(), event);
    }

    /**
     * An import only adds new referrals, which have no rows yet; every row is forgotten all the same, after the
     * import commits (never holding rows a clinician's change would wait on), in case an import ever adds to
     * existing ones.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(DatasetImported event) {
        LOG.info(
                "Supervision flag inputs forgotten after the import of {}: {} rows, worked out again when needed",
                event.source(),
                keeper.rebuild());
    }

    private void recompute(long referralId, Object cause) {
        try {
            keeper.recompute(referralId);
        } catch (RuntimeException e) {
            LOG.error(
                    "Supervision flag inputs of referral {} not updated after {}; rebuild them to repair it",
                    referralId,
                    cause.getClass().getSimpleName(),
                    e);
        }
    }
}
