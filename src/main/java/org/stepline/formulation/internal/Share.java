package org.stepline.formulation.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live sharing of a board: the code to read out, until when it works, and whether the patient has joined. */
public record Share(
        long id,
        long boardId,
        String code,
        Instant expiresAt,
        @Nullable Instant joinedAt) {

    /** "123 456": easier to read out on the telephone. */
    public String spokenCode() {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
