package org.stepline.shared;

import java.util.Optional;

/**
 * UK telephone numbers as typed (spaces, hyphens, brackets and a +44 prefix allowed), checked for shape and written
 * in the usual groups so that they can be read aloud and dialled without mistakes.
 */
public final class UkPhone {

    private UkPhone() {}

    /** A UK mobile (07 and nine more digits) written as 07700 900123, or empty when it is not one. */
    public static Optional<String> mobile(String typed) {
        String digits = digitsOf(typed);
        return digits.matches("07\\d{9}") ? Optional.of(group(digits, 5)) : Optional.empty();
    }

    /** A UK landline (01 numbers of 10 or 11 digits, 02 and 03 of 11) in its usual groups, or empty when it is not one. */
    public static Optional<String> landline(String typed) {
        String digits = digitsOf(typed);
        if (!digits.matches("01\\d{8,9}|0[23]\\d{9}")) {
            return Optional.empty();
        }
        if (digits.length() == 10) {
            return Optional.of(group(digits, 5));
        }
        if (digits.startsWith("02")) {
            return Optional.of(group(digits, 3, 7));
        }
        if (digits.startsWith("03") || digits.startsWith("011") || digits.charAt(3) == '1') {
            return Optional.of(group(digits, 4, 7));
        }
        return Optional.of(group(digits, 5));
    }

    private static String digitsOf(String typed) {
        String digits = typed.replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("+440") || digits.startsWith("00440")) {
            return digits.substring(digits.indexOf("440") + 2);
        }
        if (digits.startsWith("+44") || digits.startsWith("0044")) {
            return "0" + digits.substring(digits.indexOf("44") + 2);
        }
        return digits;
    }

    private static String group(String digits, int... breaks) {
        var grouped = new StringBuilder(digits);
        for (int i = breaks.length - 1; i >= 0; i--) {
            grouped.insert(breaks[i], ' ');
        }
        return grouped.toString();
    }
}
