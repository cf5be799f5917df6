package org.stepline.formulation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A referral's latest kept formulation as plain text, for a letter: the model's name and attribution, and each box's
 * label with its entries in reading order. The caller checks access to the patient
 * ({@code PatientDirectory.requireAccess}); reading a version's content writes its own audit entry, as opening the
 * version's page does.
 */
public interface KeptFormulations {

    record KeptFormulation(
            long versionId, int number, Instant keptAt, String modelName, String attribution, List<Box> boxes) {}

    record Box(String label, List<String> entries) {}

    /** Whether a version of any of the referral's boards has been kept. Reads no content, so writes no audit entry. */
    boolean anyKept(long referralId);

    /**
     * The version kept most recently of any of the referral's boards, audited as a read of it; {@code purpose} ends
     * the audit entry (for example "for the discharge letter").
     */
    Optional<KeptFormulation> latest(long referralId, String purpose);
}
