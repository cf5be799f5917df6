package org.stepline.formulation.internal;

import org.jspecify.annotations.Nullable;

/** What came of a patient's try at joining: joined (with the browser's token), or why not, in plain words. */
public record JoinResult(Kind kind, @Nullable String token, String message) {

    public enum Kind {
        JOINED,
        BAD_CODE,
        WRONG_BIRTH_DATE,
        TOO_MANY_TRIES
    }

    static JoinResult joined(String token) {
        return new JoinResult(Kind.JOINED, token, "Joined");
    }

    static JoinResult badCode(String message) {
        return new JoinResult(Kind.BAD_CODE, null, message);
    }

    public boolean ok() {
        return kind == Kind.JOINED;
    }
}
