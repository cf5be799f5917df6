package org.stepline.selfreferral.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a question page. {@code missing} is the message when a required field is left empty; {@code check}
 * names the rule its value must pass.
 */
public record Field(
        String name,
        String label,
        Kind kind,
        List<Choice> choices,
        boolean required,
        int maxLength,
        @Nullable String hint,
        @Nullable String autocomplete,
        String missing,
        Check check) {

    public enum Kind {
        TEXT,
        DATE,
        TEXTAREA,
        RADIOS
    }

    public enum Check {
        NONE,
        BIRTH_DATE,
        NHS_NUMBER,
        POSTCODE,
        MOBILE,
        PHONE,
        EMAIL,
        QUESTIONNAIRE
    }

    public Field {
        choices = List.copyOf(choices);
    }

    static Field text(
            String name,
            String label,
            boolean required,
            int maxLength,
            @Nullable String hint,
            @Nullable String autocomplete,
            String missing,
            Check check) {
        return new Field(name, label, Kind.TEXT, List.of(), required, maxLength, hint, autocomplete, missing, check);
    }

    static Field radios(String name, String label, List<Choice> choices, @Nullable String hint, String missing) {
        return new Field(name, label, Kind.RADIOS, choices, true, 40, hint, null, missing, Check.NONE);
    }

    public String labelOf(@Nullable String code) {
        return choices.stream()
                .filter(c -> c.code().equals(code))
                .map(Choice::label)
                .findFirst()
                .orElse(code == null ? "" : code);
    }

    /** The value as the check-answers page shows it. */
    public String shown(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return "Not given";
        }
        return kind == Kind.RADIOS ? labelOf(value) : value;
    }
}
