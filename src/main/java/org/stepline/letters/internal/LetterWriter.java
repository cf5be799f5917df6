package org.stepline.letters.internal;

import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.formulation.KeptFormulations.KeptFormulation;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.referrals.ReferralDirectory;

/** Writes one letter: composes it, draws the PDF and stores it on the record, audited. */
@Service
class LetterWriter {

    private final ReferralDirectory referrals;
    private final LetterComposer composer;
    private final LetterStore store;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    LetterWriter(
            ReferralDirectory referrals,
            LetterComposer composer,
            LetterStore store,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.referrals = referrals;
        this.composer = composer;
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Behind a savepoint in the caller's transaction: should the letter fail, only the letter is undone, never the
     * contact or discharge that caused it. An assessment letter is written once per referral.
     */
    @Transactional(propagation = Propagation.NESTED)
    public void write(LetterKind kind, long referralId, @Nullable Long appointmentId) {
        write(kind, referralId, appointmentId, null);
    }

    /** As above, with the kept formulation in the letter when one is given (read, and audited, by the caller). */
    @Transactional(propagation = Propagation.NESTED)
    public void write(
            LetterKind kind, long referralId, @Nullable Long appointmentId, @Nullable KeptFormulation formulation) {
        var referral = referrals.find(referralId).orElseThrow();
        if (kind == LetterKind.ASSESSMENT && store.exists(referralId, kind)) {
            return;
        }
        byte[] pdf = LetterPdf.render(composer.compose(kind, referral, clock.instant(), formulation));
        store.insert(
                referral.patientId(),
                referralId,
                referral.teamId(),
                kind,
                appointmentId,
                pdf,
                staff.currentIfAny().map(CurrentStaff::id).orElse(null));
        audit.created(
                referral.patientId(),
                "Wrote the " + kind.title().toLowerCase(Locale.UK) + " for referral "
                        + referral.pathwayId()
                        + (formulation == null
                                ? ""
                                : ", with version " + formulation.number() + " of the shared formulation"));
    }
}
