package org.stepline.audit;

import org.jspecify.annotations.Nullable;

/**
 * The audit trail's hash chain: each entry's hash is SHA-256 of the previous entry's hash and the entry's content,
 * linked when its transaction commits (db/migration V17). {@link #verify} walks the whole chain and names the
 * first entry that was changed, removed or inserted out of order.
 */
public interface AuditChain {

    Verification verify();

    /** What the walk found: how many entries were sound, and the first problem (null when none). */
    record Verification(
            long entries,
            @Nullable String problem,
            @Nullable String lastHash) {

        public boolean intact() {
            return problem == null;
        }
    }
}
