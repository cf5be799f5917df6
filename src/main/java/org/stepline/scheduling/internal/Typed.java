package org.stepline.scheduling.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.stepline.shared.codes.NationalCode;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.WholeNumber;

/** Reads what people type into form fields; anything that cannot be read is empty, never an exception. */
final class Typed {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    private Typed() {}

    static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** A whole number of minutes, whatever its size; empty when blank or not a whole number. */
    static Optional<Integer> minutes(String typed) {
        return WholeNumber.between(typed, 0, 999_999);
    }

    static boolean minutesBetween(String typed, int min, int max) {
        return minutes(typed).filter(m -> m >= min && m <= max).isPresent();
    }

    /** A 24-hour time such as 09:30 or 9:30 (a browser's time field may add seconds). */
    static Optional<LocalTime> time(String typed) {
        if (blank(typed)) {
            return Optional.empty();
        }
        String text = typed.strip().replace('.', ':');
        String withoutSeconds = text.matches("\\d{1,2}:\\d{2}:\\d{2}") ? text.substring(0, text.length() - 3) : text;
        return parse(() -> LocalTime.parse(withoutSeconds, TIME));
    }

    /** A date from a browser's date field (2026-03-14) or typed the UK way (14/3/2026). */
    static Optional<LocalDate> date(String typed) {
        return DateField.parse(typed);
    }

    static <E extends Enum<E> & NationalCode> Optional<E> code(Class<E> type, String typed) {
        return blank(typed) ? Optional.empty() : NationalCode.fromCode(type, typed.strip());
    }

    static String orEmpty(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
