package org.stepline.surveys.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.surveys.SurveyAnswers;

/**
 * The answers as typed, by item code: "1" to "5" (or "nr1" to "nr3", not relevant) for a construct item, "0" to
 * "10" for a general item; anything else for a known item is a problem, unknown names are ignored.
 */
public record AnswerForm(Map<String, String> typed) {

    static final String NOT_RELEVANT = "nr";

    public AnswerForm {
        typed = Map.copyOf(typed);
    }

    /** Keeps only the fields that name an item of the questionnaire. */
    static AnswerForm from(Nomad nomad, Map<String, String> parameters) {
        Map<String, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null
                    && !value.isBlank()
                    && (nomad.item(name).isPresent() || nomad.generalItem(name).isPresent())) {
                typed.put(name, value.strip());
            }
        });
        return new AnswerForm(typed);
    }

    public @Nullable String value(String code) {
        return typed.get(code);
    }

    Map<String, String> problems(Nomad nomad) {
        Map<String, String> problems = new LinkedHashMap<>();
        typed.forEach((code, value) -> {
            boolean valid = nomad.item(code).isPresent()
                    ? agreement(value) != null || notRelevant(nomad, value) != null
                    : general(value) != null;
            if (!valid) {
                problems.put(code, "Choose one of the answers");
            }
        });
        if (typed.isEmpty()) {
            problems.put("answers", "Answer at least one question before sending your answers");
        }
        return problems;
    }

    SurveyAnswers answers(Nomad nomad) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, Integer> notRelevant = new HashMap<>();
        typed.forEach((code, value) -> {
            if (nomad.item(code).isPresent()) {
                Integer agreed = agreement(value);
                if (agreed != null) {
                    scores.put(code, agreed);
                } else {
                    notRelevant.put(code, notRelevant(nomad, value));
                }
            } else {
                scores.put(code, general(value));
            }
        });
        return new SurveyAnswers(scores, notRelevant);
    }

    private static @Nullable Integer agreement(String value) {
        Integer n = number(value);
        return n != null && n >= Nomad.AGREE_MIN && n <= Nomad.AGREE_MAX ? n : null;
    }

    private static @Nullable Integer notRelevant(Nomad nomad, String value) {
        Integer n = value.startsWith(NOT_RELEVANT) ? number(value.substring(NOT_RELEVANT.length())) : null;
        return n != null && nomad.notRelevantLabel(n) != null ? n : null;
    }

    private static @Nullable Integer general(String value) {
        Integer n = number(value);
        return n != null && n >= Nomad.GENERAL_MIN && n <= Nomad.GENERAL_MAX ? n : null;
    }

    private static @Nullable Integer number(String value) {
        return value.matches("\\d{1,2}") ? Integer.valueOf(value) : null;
    }
}
