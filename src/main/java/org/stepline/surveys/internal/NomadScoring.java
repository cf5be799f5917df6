package org.stepline.surveys.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.stepline.surveys.SurveyAnswers;

/**
 * NoMAD's scoring: an agreement item scores 1 (strongly disagree) to 5 (strongly agree), a reverse item ("disrupts
 * working relationships") 6 minus that; "not relevant" and unanswered items are missing. A construct's score is the
 * mean of its answered items, missing when none was answered.
 */
final class NomadScoring {

    private NomadScoring() {}

    static @Nullable Integer itemScore(Nomad.Item item, SurveyAnswers answers) {
        Integer answer = answers.scores().get(item.code());
        if (answer == null) {
            return null;
        }
        return item.reverse() ? Nomad.AGREE_MAX + Nomad.AGREE_MIN - answer : answer;
    }

    static @Nullable Double constructScore(Nomad.Construct construct, SurveyAnswers answers) {
        List<Integer> scores = construct.items().stream()
                .map(i -> itemScore(i, answers))
                .filter(Objects::nonNull)
                .toList();
        return scores.isEmpty()
                ? null
                : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /** The construct's scores of everyone who answered at least one of its items. */
    static List<Double> constructScores(Nomad.Construct construct, List<SurveyAnswers> responses) {
        List<Double> scores = new ArrayList<>();
        for (SurveyAnswers response : responses) {
            Double score = constructScore(construct, response);
            if (score != null) {
                scores.add(score);
            }
        }
        return scores;
    }

    static List<Double> generalScores(Nomad.GeneralItem item, List<SurveyAnswers> responses) {
        return responses.stream()
                .map(r -> r.scores().get(item.code()))
                .filter(Objects::nonNull)
                .map(Integer::doubleValue)
                .toList();
    }
}
