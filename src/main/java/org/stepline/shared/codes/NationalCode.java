package org.stepline.shared.codes;

import java.util.Optional;

/** A value from a national code list: the code that is stored and exported, and its plain-English label. */
public interface NationalCode {

    String code();

    String label();

    static <E extends Enum<E> & NationalCode> Optional<E> fromCode(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(CodeIndex.find(type, code)));
    }

    static <E extends Enum<E> & NationalCode> E requireCode(Class<E> type, String code) {
        return fromCode(type, code).orElseThrow(
                () -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " code '" + code + "'"));
    }
}
