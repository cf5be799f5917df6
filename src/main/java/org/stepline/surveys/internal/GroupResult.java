package org.stepline.surveys.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group's results in one round (the service or a team): withheld ({@code shown} false, nothing else filled in)
 * unless enough people answered. Item distributions count answers as given, a reverse item included.
 */
public record GroupResult(
        String key,
        String label,
        boolean shown,
        int respondents,
        List<ConstructRow> constructs,
        List<ItemRow> items,
        List<GeneralRow> general) {

    public record ConstructRow(
            Nomad.Construct construct,
            Spread spread,
            @Nullable Double previousMean) {

        public @Nullable Double change() {
            return spread.mean() == null || previousMean == null ? null : spread.mean() - previousMean;
        }
    }

    /** Answers 1 to 5 ({@code byValue[value - 1]}), "not relevant" and not answered. */
    public record ItemRow(String construct, Nomad.Item item, long[] byValue, long notRelevant, long unanswered) {

        public long total() {
            return java.util.Arrays.stream(byValue).sum() + notRelevant + unanswered;
        }
    }

    /** A general item's answers 0 to 10 ({@code byValue[value]}), their spread and the change since last time. */
    public record GeneralRow(
            Nomad.GeneralItem item,
            Spread spread,
            long[] byValue,
            @Nullable Double previousMean) {

        public @Nullable Double change() {
            return spread.mean() == null || previousMean == null ? null : spread.mean() - previousMean;
        }
    }

    static GroupResult withheld(String key, String label, int respondents) {
        return new GroupResult(key, label, false, respondents, List.of(), List.of(), List.of());
    }
}
