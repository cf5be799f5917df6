package org.stepline.surveys;

import java.util.Map;

/**
 * One person's answers to a survey, by item code: {@code scores} holds agreement answers (1 strongly disagree to 5
 * strongly agree, as answered: a reverse item is reversed when scored) and general items (0 to 10);
 * {@code notRelevant} the items answered "not relevant" (1 at this stage, 2 to my role, 3 to the intervention).
 * An item in neither was not answered.
 */
public record SurveyAnswers(Map<String, Integer> scores, Map<String, Integer> notRelevant) {

    public SurveyAnswers {
        scores = Map.copyOf(scores);
        notRelevant = Map.copyOf(notRelevant);
    }

    public boolean isEmpty() {
        return scores.isEmpty() && notRelevant.isEmpty();
    }
}
