package org.stepline.shared.codes;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A PEQ item's answer in its national form (NHS England's SQL): yes/no items {@code Y}, {@code N} or {@code NA};
 * scaled items a whole number from 0; either may be {@code NA} (not applicable) or {@code 99} (not stated).
 * {@code code} is the national form kept for export (null for a plain number); {@code score} is what Stepline stores
 * as the answer's value (Y 1, N 0, as its own PEQ answers), null for NA and 99.
 */
public record PeqAnswer(@Nullable String code, @Nullable Integer score) {

    public static final String NOT_APPLICABLE = "NA";
    public static final String NOT_STATED = "99";

    /** A yes/no item's answer in any case and with spaces around it; null when it is not one. */
    public static @Nullable PeqAnswer yesNo(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "Y" -> new PeqAnswer("Y", 1);
            case "N" -> new PeqAnswer("N", 0);
            case NOT_APPLICABLE -> new PeqAnswer(NOT_APPLICABLE, null);
            case NOT_STATED -> new PeqAnswer(NOT_STATED, null);
            default -> null;
        };
    }

    /** A scaled item's answer, 0 to {@code max}, or NA or 99; null when it is none of these. */
    public static @Nullable PeqAnswer scaled(String text, int max) {
        String answer = text.strip().toUpperCase(Locale.ROOT);
        if (answer.equals(NOT_APPLICABLE) || answer.equals(NOT_STATED)) {
            return new PeqAnswer(answer, null);
        }
        int number = CodeForm.number(answer);
        return number >= 0 && number <= max ? new PeqAnswer(null, number) : null;
    }
}
