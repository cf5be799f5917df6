package org.stepline.shared.web;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole number typed into a form field or sent as an id: spaces around it are allowed, anything else that is not
 * a digit (a sign, a word, a decimal point) or too long to be one is not a number. The one reading of numbers
 * typed by people, beside {@link DateField} for dates.
 */
public final class WholeNumber {

    private static final int MOST_DIGITS = 18; // always fits a long

    private WholeNumber() {}

    public static Optional<Long> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.isEmpty() || text.length() > MOST_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    /** The number when it lies in [min, max]; empty otherwise. */
    public static Optional<Integer> between(@Nullable String typed, int min, int max) {
        return parse(typed).filter(n -> n >= min && n <= max).map(Long::intValue);
    }
}
