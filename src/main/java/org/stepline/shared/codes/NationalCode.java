package org.stepline.shared.codes;

import java.util.Optional;

/** A value from a national code list: the code that is stored and exported, and its plain-English label. */
public interface NationalCode {

    String code();

    String label();

    static <E extends Enum<E> & NationalCode> Optional<E> fromCode(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(CodeIndex.find(type, code)));
    }

    /**
     * The constant for a code in any form national data carries it ({@link CodeForm}: {@code 2}, {@code 02},
     * {@code " 2"}), or empty. Every code of a numeric list has the same number of digits, its canonical width.
     */
    static <E extends Enum<E> & NationalCode> Optional<E> fromAnyForm(Class<E> type, String text) {
        int number = CodeForm.number(text);
        if (number < 0) {
            return Optional.empty();
        }
        return fromCode(
                type,
                CodeForm.canonical(number, type.getEnumConstants()[0].code().length()));
    }

    static <E extends Enum<E> & NationalCode> E requireCode(Class<E> type, String code) {
        return fromCode(type, code)
                .orElseThrow(
                        () -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " code '" + code + "'"));
    }
}
