package org.stepline.measures.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepline.measures.Instrument;

/**
 * Turns what was typed or ticked into answers, or into a message per question. Every question must be answered
 * (or marked not applicable where the instrument allows it); nothing is stored from a form with any problem.
 */
final class AnswerRules {

    static final String NOT_APPLICABLE = "NA";

    private AnswerRules() {}

    record Checked(Map<Integer, Integer> answers, Map<Integer, String> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Checked check(Instrument instrument, Map<Integer, String> given) {
        Map<Integer, Integer> answers = new HashMap<>();
        Map<Integer, String> problems = new LinkedHashMap<>();
        for (var item : instrument.items()) {
            String raw = given.get(item.number());
            if (raw == null || raw.isBlank()) {
                problems.put(item.number(), "Answer question " + item.number());
            } else if (NOT_APPLICABLE.equals(raw.trim()) && item.allowsNotApplicable()) {
                answers.put(item.number(), null);
            } else {
                Integer value = allowedValue(instrument.optionsFor(item), raw.trim());
                if (value == null) {
                    problems.put(item.number(), "Question " + item.number() + ": choose one of the answers shown");
                } else {
                    answers.put(item.number(), value);
                }
            }
        }
        return new Checked(answers, problems);
    }

    private static Integer allowedValue(List<Instrument.AnswerOption> options, String raw) {
        try {
            int value = Integer.parseInt(raw);
            return options.stream().anyMatch(o -> o.value() == value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The risk rules an administration breaks, e.g. PHQ-9 item 9 answered above 0. */
    static List<Instrument.RiskRule> risksIn(Instrument instrument, Map<Integer, Integer> answers) {
        return instrument.risk().stream()
                .filter(rule -> {
                    Integer value = answers.get(rule.item());
                    return value != null && value > rule.above();
                })
                .toList();
    }
}
