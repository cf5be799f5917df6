package org.stepline.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.SmallNumbers;

/**
 * The {@code report --summary} JSON document, as plain maps in a fixed key order: {@code all} and
 * {@code byTreatmentMode}, each with the counts and the rates (fractions 0–1, or null when the denominator is 0).
 * The command line and the JSON API both write this, so they cannot drift apart.
 *
 * <p>Figures leave Stepline here, so the small-numbers rule ({@link SmallNumbers}) applies: a hidden count, and a
 * rate made from one, is null, and each group lists what it hides under {@code suppressed}. The counts add up
 * within a group (ended = finished + ended after one session + the rest; finished = not at caseness + at caseness;
 * recovered within at caseness, reliably recovered within recovered; reliably improved and deteriorated within
 * finished; within 6 weeks within 18 weeks within finished) and across modes (all = the modes + the rest).
 */
public final class OutcomeSummaryJson {

    /** The setting that holds the threshold, for callers outside the outcomes module (the command line). */
    public static final String THRESHOLD_SETTING = "stepline.outcomes.suppress-below";

    /** Its default, as in {@code OutcomesProperties}. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** The counts of a group, in the document's order, and how each is read. */
    private static final Map<String, ToLongFunction<OutcomeCounts>> COUNTS = counts();

    private OutcomeSummaryJson() {}

    public static Map<String, Object> of(OutcomeSummary summary, int suppressBelow) {
        var hidden = SmallNumbers.hide(cells(summary), suppressBelow);
        Map<String, Object> byMode = new LinkedHashMap<>();
        summary.byTreatmentMode().forEach((mode, counts) -> byMode.put(mode, of(counts, "mode:" + mode, hidden)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("suppressBelow", suppressBelow);
        document.put("all", of(summary.all(), "all", hidden));
        document.put("byTreatmentMode", byMode);
        return document;
    }

    private static Map<String, Object> of(OutcomeCounts c, String group, SmallNumbers.Hidden hidden) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> suppressed = new ArrayList<>();
        COUNTS.forEach((name, count) -> {
            boolean hide = hidden.hides(group + "|" + name);
            m.put(name, hide ? null : count.applyAsLong(c));
            if (hide) {
                suppressed.add(name);
            }
        });
        String atCaseness = group + "|atCaseness";
        String finished = group + "|finished";
        rate(m, suppressed, "recoveryRate", c.recoveryRate(), hidden.hidesAny(group + "|recovered", atCaseness));
        rate(
                m,
                suppressed,
                "reliableRecoveryRate",
                c.reliableRecoveryRate(),
                hidden.hidesAny(group + "|reliablyRecovered", atCaseness));
        rate(
                m,
                suppressed,
                "reliableImprovementRate",
                c.reliableImprovementRate(),
                hidden.hidesAny(group + "|reliablyImproved", finished));
        rate(
                m,
                suppressed,
                "reliableDeteriorationRate",
                c.reliableDeteriorationRate(),
                hidden.hidesAny(group + "|reliablyDeteriorated", finished));
        m.put("suppressed", suppressed);
        return m;
    }

    private static void rate(
            Map<String, Object> m, List<String> suppressed, String name, @Nullable Double rate, boolean hide) {
        m.put(name, hide ? null : rate);
        if (hide) {
            suppressed.add(name);
        }
    }

    /** Every count of every group, with the sums between them. */
    static SmallNumbers.Table cells(OutcomeSummary summary) {
        var table = new SmallNumbers.Table();
        group(table, "all", summary.all());
        summary.byTreatmentMode().forEach((mode, counts) -> group(table, "mode:" + mode, counts));
        for (String name : COUNTS.keySet()) {
            table.sum(
                    "all|" + name,
                    summary.byTreatmentMode().keySet().stream()
                            .map(m -> "mode:" + m + "|" + name)
                            .toList());
        }
        table.sum(
                "all|atCaseness",
                summary.byTreatmentMode().keySet().stream()
                        .map(m -> "mode:" + m + "|atCaseness")
                        .toList());
        return table;
    }

    private static void group(SmallNumbers.Table table, String group, OutcomeCounts counts) {
        COUNTS.forEach((name, count) -> table.cell(group + "|" + name, count.applyAsLong(counts)));
        String g = group + "|";
        table.cell(g + "atCaseness", counts.finished() - counts.notCaseness())
                .sum(g + "ended", g + "finished", g + "endedTreatedOnce")
                .sum(g + "finished", g + "notCaseness", g + "atCaseness")
                .sum(g + "atCaseness", g + "recovered")
                .sum(g + "recovered", g + "reliablyRecovered")
                .sum(g + "finished", g + "reliablyImproved", g + "reliablyDeteriorated")
                .sum(g + "finished", g + "firstTreatmentWithin18Weeks")
                .sum(g + "firstTreatmentWithin18Weeks", g + "firstTreatmentWithin6Weeks");
    }

    private static Map<String, ToLongFunction<OutcomeCounts>> counts() {
        Map<String, ToLongFunction<OutcomeCounts>> counts = new LinkedHashMap<>();
        counts.put("ended", OutcomeCounts::ended);
        counts.put("finished", OutcomeCounts::finished);
        counts.put("endedTreatedOnce", OutcomeCounts::endedTreatedOnce);
        counts.put("notCaseness", OutcomeCounts::notCaseness);
        counts.put("recovered", OutcomeCounts::recovered);
        counts.put("reliablyImproved", OutcomeCounts::reliablyImproved);
        counts.put("reliablyDeteriorated", OutcomeCounts::reliablyDeteriorated);
        counts.put("reliablyRecovered", OutcomeCounts::reliablyRecovered);
        counts.put("firstTreatmentWithin6Weeks", OutcomeCounts::firstTreatmentWithin6Weeks);
        counts.put("firstTreatmentWithin18Weeks", OutcomeCounts::firstTreatmentWithin18Weeks);
        return java.util.Collections.unmodifiableMap(counts);
    }
}
