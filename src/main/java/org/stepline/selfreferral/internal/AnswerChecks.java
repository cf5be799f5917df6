package org.stepline.selfreferral.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.stepline.selfreferral.internal.Field.Check;
import org.stepline.selfreferral.internal.Field.Kind;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.UkPhone;
import org.stepline.shared.UkPostcode;
import org.stepline.shared.web.DateField;

/**
 * Checks what was typed on one page and writes it the standard way (a postcode in capitals with one space, a phone
 * number in its groups). Every problem is a message for its field; nothing is kept from a page with a problem.
 */
public final class AnswerChecks {

    private static final int OLDEST = 120;

    private AnswerChecks() {}

    /** The page's answers as they will be kept, or its problems by field. */
    public record Checked(Map<String, String> answers, Map<String, String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param questionnaire why a questionnaire answer is not allowed (from the measures module's rules), if it is not
     */
    public static Checked check(
            Question question,
            Map<String, String> typed,
            LocalDate today,
            BiFunction<String, String, Optional<String>> questionnaire) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (var field : question.fields()) {
            String value = typed.getOrDefault(field.name(), "").strip();
            problemWith(field, value, today, questionnaire)
                    .ifPresentOrElse(
                            p -> problems.put(field.name(), p),
                            () -> answers.put(field.name(), normalised(field, value)));
        }
        if (problems.isEmpty() && question.id().equals("phones")) {
            phones(answers, problems);
        }
        return new Checked(answers, problems);
    }

    private static Optional<String> problemWith(
            Field field, String value, LocalDate today, BiFunction<String, String, Optional<String>> questionnaire) {
        if (value.isEmpty()) {
            return field.required() ? Optional.of(field.missing()) : Optional.empty();
        }
        if (value.length() > field.maxLength()) {
            return Optional.of(field.label().replace(" (optional)", "") + " must be " + field.maxLength()
                    + " characters or fewer");
        }
        if (field.kind() == Kind.RADIOS
                && field.choices().stream().noneMatch(c -> c.code().equals(value))) {
            return Optional.of(field.missing().isEmpty() ? "Choose one of the answers shown" : field.missing());
        }
        return switch (field.check()) {
            case BIRTH_DATE -> birthDateProblem(value, today);
            case NHS_NUMBER -> NhsNumber.problemWith(value);
            case POSTCODE ->
                UkPostcode.normalise(value).isPresent()
                        ? Optional.empty()
                        : Optional.of("Enter a real postcode, like LS1 4AP");
            case MOBILE ->
                UkPhone.mobile(value).isPresent()
                        ? Optional.empty()
                        : Optional.of("Enter a UK mobile number, like 07700 900123");
            case PHONE ->
                UkPhone.landline(value).or(() -> UkPhone.mobile(value)).isPresent()
                        ? Optional.empty()
                        : Optional.of("Enter a UK phone number, like 0113 496 0000");
            case EMAIL ->
                value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                        ? Optional.empty()
                        : Optional.of("Enter an email address in the right format, like name@example.com");
            case QUESTIONNAIRE -> questionnaire.apply(field.name(), value).map(p -> "Choose an answer");
            case NONE -> Optional.empty();
        };
    }

    private static Optional<String> birthDateProblem(String value, LocalDate today) {
        var problem = DateField.problemWith(value, "date of birth", "15/3/1984");
        if (problem.isPresent()) {
            return problem;
        }
        LocalDate date = DateField.parse(value).orElseThrow();
        if (date.isAfter(today)) {
            return Optional.of("Your date of birth must be in the past");
        }
        if (Period.between(date, today).getYears() > OLDEST) {
            return Optional.of("Check the year of your date of birth");
        }
        return Optional.empty();
    }

    private static String normalised(Field field, String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (field.check()) {
            case BIRTH_DATE -> DateField.parse(value).orElseThrow().toString();
            case NHS_NUMBER -> NhsNumber.parse(value).value();
            case POSTCODE -> UkPostcode.normalise(value).orElseThrow();
            case MOBILE -> UkPhone.mobile(value).orElseThrow();
            case PHONE ->
                UkPhone.landline(value).or(() -> UkPhone.mobile(value)).orElseThrow();
            default -> value;
        };
    }

    /** At least one number; which to call first only matters (and is kept) when there are two. */
    private static void phones(Map<String, String> answers, Map<String, String> problems) {
        boolean mobile = !answers.get("mobilePhone").isEmpty();
        boolean other = !answers.get("landlinePhone").isEmpty();
        if (!mobile && !other) {
            problems.put("mobilePhone", "Enter at least one phone number");
        } else if (mobile && other && answers.get("callFirst").isEmpty()) {
            problems.put("callFirst", "Choose which number we should call first");
        } else if (!(mobile && other)) {
            answers.put("callFirst", mobile ? "MOBILE" : "LANDLINE");
        }
    }

    /** A kept date of birth (ISO) as a date. */
    public static @Nullable LocalDate birthDate(@Nullable String kept) {
        return kept == null || kept.isEmpty() ? null : LocalDate.parse(kept);
    }

    /** How a kept value is shown back in its field: dates the way people type them. */
    public static String shownInField(Field field, @Nullable String kept) {
        if (kept == null) {
            return "";
        }
        return field.check() == Check.BIRTH_DATE && kept.matches("\\d{4}-\\d{2}-\\d{2}")
                ? DateField.format(LocalDate.parse(kept))
                : kept;
    }
}
