package org.stepline.shared;

import java.util.Optional;

/**
 * A valid NHS number: ten digits whose last is the modulus 11 check digit of the first nine. Spaces and hyphens
 * typed by people are ignored.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public static NhsNumber parse(String typed) {
        return new NhsNumber(digitsOf(typed));
    }

    /** Why the typed text is not a valid NHS number, in words a receptionist can act on; empty when it is valid. */
    public static Optional<String> problemWith(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter the NHS number");
        }
        String digits = digitsOf(typed);
        if (!digits.matches("\\d{10}")) {
            return Optional.of("NHS number must be 10 digits, like 943 476 5919");
        }
        Integer check = checkDigitFor(digits);
        if (check == null || check != digits.charAt(9) - '0') {
            return Optional.of("This is not a valid NHS number: check each digit has been typed correctly");
        }
        return Optional.empty();
    }

    /** The modulus 11 check digit for the first nine digits, or null when none exists (remainder gives 10). */
    static Integer checkDigitFor(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    private static String digitsOf(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** Shown as 3-3-4 digits, the way it is printed on NHS letters. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
