package org.stepline.selfreferral.internal;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.NationalCode;

/**
 * One answer a person can pick: its stored value (the national code where there is one), its words, and an
 * optional explanation shown under it.
 */
public record Choice(String code, String label, @Nullable String explanation) implements NationalCode {

    public Choice(String code, String label) {
        this(code, label, null);
    }
}
