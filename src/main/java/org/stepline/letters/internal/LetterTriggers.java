package org.stepline.letters.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.stepline.referrals.ReferralDischarged;
import org.stepline.shared.events.ContactRecorded;

/**
 * Writes a letter to the GP after an attended assessment (AppType 01 or 03, once per referral) and at discharge.
 * Runs just before the change commits, after every other listener: the outcome row is then up to date, and the
 * letter stands or falls with the change that caused it. A letter that cannot be written is logged and never stops
 * the clinician's work.
 */
@Component
class LetterTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(LetterTriggers.class);

    private final LetterWriter writer;

    LetterTriggers(LetterWriter writer) {
        this.writer = writer;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ContactRecorded contact) {
        if (contact.type().isAssessment() && contact.attendance().isAttended()) {
            write(LetterKind.ASSESSMENT, contact.referralId(), contact.appointmentId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReferralDischarged discharged) {
        write(LetterKind.DISCHARGE, discharged.referralId(), null);
    }

    private void write(LetterKind kind, long referralId, Long appointmentId) {
        try {
            writer.write(kind, referralId, appointmentId);
        } catch (RuntimeException e) {
            LOG.error(
                    "The {} of referral {} could not be written",
                    kind.title().toLowerCase(java.util.Locale.UK),
                    referralId,
                    e);
        }
    }
}
