package org.stepline.selfreferral.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Whether a self-referral is urgent, and why: "yes" to the direct question about harming themselves, or an answer
 * that breaks a questionnaire's risk rule (PHQ-9 item 9 above 0, from the measures module).
 */
public final class Urgency {

    static final String SAID_HARM = "Said yes to thoughts of harming themselves or ending their life (self-referral)";

    private Urgency() {}

    /**
     * @param riskIn the risk message of a questionnaire answer (question id such as PHQ9.9, answer), if it is one
     */
    public static List<String> reasons(
            Map<String, String> answers, BiFunction<String, String, Optional<String>> riskIn) {
        var reasons = new ArrayList<String>();
        if ("Y".equals(answers.get(Journey.HARM))) {
            reasons.add(SAID_HARM);
        }
        answers.forEach((question, answer) -> {
            if (question.contains(".")) {
                riskIn.apply(question, answer).ifPresent(reasons::add);
            }
        });
        return reasons;
    }

    /** Whether this one answer calls for help now. */
    public static boolean calledFor(
            String question, String answer, BiFunction<String, String, Optional<String>> riskIn) {
        return !reasons(Map.of(question, answer), riskIn).isEmpty();
    }
}
