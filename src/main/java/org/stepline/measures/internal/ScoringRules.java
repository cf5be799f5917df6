package org.stepline.measures.internal;

import java.util.Map;
import java.util.Objects;
import org.stepline.measures.Instrument;
import org.stepline.measures.Score;

/**
 * One function per scoring rule. Answers map item number to value; a null value is "not applicable". Answers
 * reaching here have passed {@link AnswerRules}.
 */
final class ScoringRules {

    private ScoringRules() {}

    static Score score(Instrument instrument, Map<Integer, Integer> answers) {
        Integer total = switch (instrument.scoring().rule()) {
            case SUM -> sum(answers);
            case SUM_ANSWERED -> sumAnswered(answers);
            case PER_ITEM, NONE -> null;
        };
        if (total == null) {
            return Score.UNSCORED;
        }
        return new Score(total, instrument.bandOf(total).orElse(null), instrument.isCase(total));
    }

    /** Every item counts; a missing answer is a programming error, since validation requires them all. */
    static int sum(Map<Integer, Integer> answers) {
        return answers.values().stream()
                .mapToInt(value -> Objects.requireNonNull(value, "unanswered item"))
                .sum();
    }

    /** Items answered "not applicable" are left out (WSAS item 1 for people retired or choosing not to work). */
    static int sumAnswered(Map<Integer, Integer> answers) {
        return answers.values().stream()
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sum();
    }
}
