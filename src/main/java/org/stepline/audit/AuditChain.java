package org.stepline.audit;

import org.jspecify.annotations.Nullable;

/**
 * The audit trail's hash chain: each entry's hash is SHA-256 of the previous entry's hash and the entry's content.
 * An entry is noted as waiting when its transaction commits and linked moments later by a linker (db/migration
 * V84), so that audited commits never wait for one another. {@link #verify} links what is waiting, then walks the
 * whole chain and names the first entry that was changed, removed or inserted out of order.
 */
public interface AuditChain {

    Verification verify();

    /** Links every entry waiting for its link, waiting for a linker that is already at work; how many it linked. */
    long linkPending();

    /**
     * What the walk found: how many entries were sound, how many were committed too recently to be linked yet
     * (still waiting, not a problem), and the first problem (null when none).
     */
    record Verification(
            long entries,
            long waiting,
            @Nullable String problem,
            @Nullable String lastHash) {

        public boolean intact() {
            return problem == null;
        }
    }
}
