package org.stepline.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date typed into a form field: the UK order people type (15/3/2024, 15-03-2024) or the ISO form a browser's date
 * picker sends (2024-03-15). A date that does not exist (31/2/2024) is refused, never rolled over.
 */
public final class DateField {

    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private DateField() {}

    public static Optional<LocalDate> parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", "");
        try {
            return Optional.of(
                    text.matches("\\d{4}-.*")
                            ? LocalDate.parse(text, ISO)
                            : LocalDate.parse(text.replace('-', '/').replace('.', '/'), UK));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the typed text is not a date, in words naming the field ("date of birth"); empty when it is one.
     * Rules about which dates are allowed belong to the form or the domain.
     */
    public static Optional<String> problemWith(@Nullable String typed, String what, String example) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter the " + what);
        }
        if (parse(typed).isEmpty()) {
            return Optional.of(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be a real date, like "
                    + example);
        }
        return Optional.empty();
    }

    /** The way the form shows a date back: 15/3/2024. */
    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : UK.format(date);
    }
}
