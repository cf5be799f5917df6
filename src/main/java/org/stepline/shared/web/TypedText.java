package org.stepline.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for text people type into Stepline: surrounding spaces are trimmed, control characters (NUL and the
 * rest, except line breaks and tabs in notes) are refused, as are broken characters (a lone UTF-16 surrogate, or the
 * replacement character a browser sends for bytes it could not read), and each kind of field has a length limit.
 * Forms apply it to every text field through {@link FormErrors#of(Object, java.util.Map)}; request parameters that
 * are not form fields are refused with a 400 page by the web layer.
 */
public final class TypedText {

    /** Kinds of field and their limits; a note may span lines, the others may not. */
    public enum Kind {
        /** A code, number, date, time or id chosen or typed: short. */
        CODE(100, false),
        /** A name, search term, address or other single line. */
        LINE(300, false),
        /** Free text a clinician writes: several lines. */
        NOTE(4000, true);

        private final int longest;
        private final boolean multiline;

        Kind(int longest, boolean multiline) {
            this.longest = longest;
            this.multiline = multiline;
        }

        public int longest() {
            return longest;
        }
    }

    /** Marks a form record's text component with its kind; unmarked text is {@link Kind#LINE}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
    public @interface Field {
        Kind value();

        /** How messages name the field; by default its name in words ("givenName": "given name"). */
        String label() default "";
    }

    private TypedText() {}

    /** The text as it will be kept: trimmed, or null when blank. Only for text without a {@link #problemWith}. */
    public static @Nullable String clean(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * Why this text cannot be kept, in words naming the field ("note"); empty when it can. Blank text has no
     * problem here: whether a field is required is the form's rule.
     */
    public static Optional<String> problemWith(@Nullable String typed, Kind kind, String what) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        var character = characterProblem(text, kind.multiline, what);
        if (character.isPresent()) {
            return character;
        }
        if (text.codePointCount(0, text.length()) > kind.longest) {
            return Optional.of(capitalised(what) + " must be " + kind.longest + " characters or fewer");
        }
        return Optional.empty();
    }

    /**
     * Why this text cannot be kept because of a character no person types, for a field with its own length rule
     * (such as a service's long wording); empty when every character may be kept.
     */
    public static Optional<String> characterProblem(@Nullable String typed, boolean lineBreaksAllowed, String what) {
        if (typed == null || !hasForbiddenCharacter(typed, lineBreaksAllowed)) {
            return Optional.empty();
        }
        return Optional.of(capitalised(what) + " contains a character that cannot be used (such as a control "
                + "character): retype it rather than pasting it");
    }

    /** True when the text holds something no person types: see the class comment. */
    public static boolean hasForbiddenCharacter(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(lineBreaksAllowed && lineBreak)) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * The problems of every text component of a form record, by component name, in order: the start of each form's
     * own list of problems, so that no form can save text this class refuses.
     */
    public static Map<String, String> problemsOf(Record form) {
        var problems = new LinkedHashMap<String, String>();
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            Field marked = component.getAnnotation(Field.class);
            Kind kind = marked == null ? Kind.LINE : marked.value();
            String what = marked == null || marked.label().isEmpty() ? words(component.getName()) : marked.label();
            for (String value : texts(read(component, form))) {
                problemWith(value, kind, what).ifPresent(problem -> problems.putIfAbsent(component.getName(), problem));
            }
        }
        return problems;
    }

    /** True when every text component of the form may be used, even to look something up. */
    public static boolean readable(Record form) {
        return problemsOf(form).isEmpty();
    }

    private static List<String> texts(@Nullable Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    private static @Nullable Object read(RecordComponent component, Record form) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(form);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + form.getClass(), e);
        }
    }

    /** "givenName" becomes "given name", for messages. */
    static String words(String name) {
        return name.replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase(java.util.Locale.UK);
    }

    static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
