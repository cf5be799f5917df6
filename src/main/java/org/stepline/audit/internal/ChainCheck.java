package org.stepline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.stepline.audit.AuditChain.Verification;

/**
 * Walks the chain's rows in chain order (links by position, then entries without a link) and stops at the first
 * that does not fit. Pure: the rows come from {@link ChainRows}. The hash is recomputed here, not by the
 * database's own function, so that a changed function cannot hide a changed entry.
 */
final class ChainCheck {

    static final byte[] GENESIS = new byte[32];

    /**
     * One entry and its link, either of which may be missing. {@code content} is the entry as PostgreSQL's
     * {@code jsonb_strip_nulls(to_jsonb(entry))::text} in UTC, exactly what the link's hash was made from.
     */
    record Row(
            @Nullable Long position,
            @Nullable Long linkedId,
            byte @Nullable [] previousHash,
            byte @Nullable [] hash,
            @Nullable Instant chainedAt,
            @Nullable Long entryId,
            @Nullable String content,
            boolean waiting) {}

    private long expected = 1;
    private byte[] previous = GENESIS;
    private @Nullable Instant lastChained;
    private long entries;
    private long waiting;
    private @Nullable String problem;

    /** Takes the next row; false once a problem is found (later rows are not looked at). */
    boolean accept(Row row) {
        if (problem == null && row.position() == null && row.waiting()) {
            waiting++; // committed after the linker's last round: linked at its next
        } else if (problem == null) {
            problem = problemWith(row);
            if (problem == null) {
                previous = row.hash();
                lastChained = row.chainedAt();
                expected++;
                entries++;
            }
        }
        return problem == null;
    }

    Verification result() {
        return new Verification(
                entries, waiting, problem, entries == 0 ? null : HexFormat.of().formatHex(previous));
    }

    private @Nullable String problemWith(Row row) {
        if (row.position() == null) {
            return "Audit entry " + row.entryId() + " is not in the chain: it was inserted out of order, outside it.";
        }
        long position = row.position();
        if (position != expected) {
            return "The audit entry at position " + expected + " of the chain was removed (the chain goes from "
                    + (expected - 1) + " to " + position + ").";
        }
        String entry = "Audit entry " + row.linkedId() + " (position " + position + ")";
        if (!Arrays.equals(row.previousHash(), previous)) {
            return entry + " does not follow the entry before it: an entry was removed before it, or it was "
                    + "inserted out of order.";
        }
        if (row.entryId() == null || row.content() == null) {
            return entry + " was removed.";
        }
        if (!Arrays.equals(row.hash(), hash(previous, row.content()))) {
            return entry + " was changed.";
        }
        if (lastChained != null && row.chainedAt() != null && row.chainedAt().isBefore(lastChained)) {
            return entry + " was inserted out of order: it is dated before the entry before it.";
        }
        return null;
    }

    static byte[] hash(byte[] previous, String content) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            return sha.digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
