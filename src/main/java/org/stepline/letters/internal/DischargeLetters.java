package org.stepline.letters.internal;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.formulation.KeptFormulations;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NotFoundException;

/**
 * The discharge letter page: a preview of the letter as it would be written now, and writing it again, with the
 * latest kept version of the shared formulation in it when the practitioner chooses (only with the patient's
 * agreement). Every call checks access to the patient and is audited; reading the formulation is audited by the
 * formulation module.
 */
@Service
public class DischargeLetters {

    /** The page's subject; {@code letter} is empty while the referral is open (nothing to preview yet). */
    public record Preview(
            PatientHeadline patient,
            ReferralSummary referral,
            @Nullable LetterContent letter,
            boolean formulationKept,
            boolean withFormulation) {}

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final KeptFormulations formulations;
    private final LetterComposer composer;
    private final LetterWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    DischargeLetters(
            ReferralDirectory referrals,
            PatientDirectory patients,
            KeptFormulations formulations,
            LetterComposer composer,
            LetterWriter writer,
            AuditTrail audit,
            Clock clock) {
        this.referrals = referrals;
        this.patients = patients;
        this.formulations = formulations;
        this.composer = composer;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Preview preview(long referralId, boolean withFormulation) {
        var referral = find(referralId);
        var patient = patients.requireAccess(referral.patientId());
        boolean kept = formulations.anyKept(referralId);
        if (referral.isOpen()) {
            audit.viewed(
                    patient.id(),
                    "Opened the discharge letter of referral " + referral.pathwayId() + " (not yet discharged)");
            return new Preview(patient, referral, null, kept, false);
        }
        audit.viewed(
                patient.id(),
                "Previewed the discharge letter for referral " + referral.pathwayId()
                        + (withFormulation && kept ? ", with the shared formulation" : ""));
        var formulation = withFormulation && kept
                ? formulations
                        .latest(referralId, "for the preview of the discharge letter")
                        .orElse(null)
                : null;
        return new Preview(
                patient,
                referral,
                composer.compose(LetterKind.DISCHARGE, referral, clock.instant(), formulation),
                kept,
                formulation != null);
    }

    /** A letter written: its referral, and whether the shared formulation is in it. */
    public record Written(ReferralSummary referral, boolean withFormulation) {}

    /**
     * Writes the discharge letter of a discharged referral again and stores it on the record beside the others;
     * empty (nothing written) while the referral is open.
     */
    @Transactional
    public Optional<Written> write(long referralId, boolean withFormulation) {
        var referral = find(referralId);
        patients.requireAccess(referral.patientId());
        if (referral.isOpen()) {
            return Optional.empty();
        }
        var formulation = withFormulation
                ? formulations.latest(referralId, "into the discharge letter").orElse(null)
                : null;
        writer.write(LetterKind.DISCHARGE, referralId, null, formulation);
        return Optional.of(new Written(referral, formulation != null));
    }

    private ReferralSummary find(long referralId) {
        return referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
    }
}
