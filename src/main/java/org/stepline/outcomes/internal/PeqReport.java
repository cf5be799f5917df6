package org.stepline.outcomes.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * End-of-treatment PEQ results of the pathways ended in a period, by treatment mode: for each national item, how
 * many answered it (not "not applicable") and how many of them answered "Most of the time" or "All of the time".
 * {@code groups} are the columns ("all" first); each item's {@code byGroup} lines up with them.
 */
public record PeqReport(String instrumentName, List<Group> groups, List<ItemRow> items) {

    /** A column: a treatment mode (or all pathways) and how many of its pathways returned a PEQ. */
    public record Group(String key, String label, long questionnaires) {}

    /** One PEQ item: numerator "most" or "all of the time", denominator those who answered it. */
    public record ItemRow(int number, String text, @Nullable String snomedCode, List<FigureValue> byGroup) {}

    public long questionnaires() {
        return groups.isEmpty() ? 0 : groups.getFirst().questionnaires();
    }
}
