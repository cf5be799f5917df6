package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.SmallNumbers;

/**
 * The small-numbers rule ({@link SmallNumbers}) applied to the outcome report's downloads, all tables in one run
 * so that every download hides the same cells: the figures by treatment mode, by the grouping asked for and by
 * month, the recovery trend and the case mix. Each count is one cell whichever table shows it (a figure's
 * denominator "of those finished" is the count "Finished a course of treatment"); the sums between them are those
 * of the national definitions (recovered within those finished at caseness, within those finished, and so on) and
 * those across groups (all pathways = the groups + the pathways in none).
 */
public final class OutcomeSuppression {

    /** What each rate figure is out of, as the key of that count (counts are their own key). */
    private static final Map<Figure, String> DENOMINATORS = Map.ofEntries(
            Map.entry(Figure.RECOVERY, "finished-at-caseness"),
            Map.entry(Figure.RELIABLE_RECOVERY, "finished-at-caseness"),
            Map.entry(Figure.RELIABLE_IMPROVEMENT, Figure.FINISHED.key()),
            Map.entry(Figure.RELIABLE_DETERIORATION, Figure.FINISHED.key()),
            Map.entry(Figure.FIRST_TREATMENT_6_WEEKS, Figure.FINISHED.key()),
            Map.entry(Figure.FIRST_TREATMENT_18_WEEKS, Figure.FINISHED.key()),
            Map.entry(Figure.PAIRED_SCORES, Figure.FINISHED.key()),
            Map.entry(Figure.SECOND_TREATMENT_OVER_28_DAYS, "second-treatments"),
            Map.entry(Figure.SECOND_TREATMENT_OVER_90_DAYS, "second-treatments"),
            Map.entry(Figure.ENDED_TREATED_ONCE, Figure.ENDED.key()),
            Map.entry(Figure.OPEN_NO_CONTACT_90_DAYS, "treated-open-at-end"),
            Map.entry(Figure.OPEN_NO_CONTACT_90_DAYS_STEPLINE, "open-at-end"),
            Map.entry(Figure.DID_NOT_ATTEND, "appointments-with-outcome"));

    /** Counts within one group of pathways that are made up of others: total first, then its parts. */
    private static final List<List<String>> WITHIN = List.of(
            List.of(Figure.FINISHED.key(), "finished-at-caseness"),
            List.of(Figure.RECOVERY.key(), Figure.RELIABLE_RECOVERY.key()),
            List.of(Figure.FIRST_TREATMENT_18_WEEKS.key(), Figure.FIRST_TREATMENT_6_WEEKS.key()),
            List.of(Figure.SECOND_TREATMENT_OVER_28_DAYS.key(), Figure.SECOND_TREATMENT_OVER_90_DAYS.key()),
            List.of(Figure.FINISHED.key(), Figure.RELIABLE_IMPROVEMENT.key(), Figure.RELIABLE_DETERIORATION.key()),
            List.of(Figure.ENDED.key(), Figure.FINISHED.key(), Figure.ENDED_TREATED_ONCE.key()),
            List.of("open-at-end", "treated-open-at-end"));

    private final SmallNumbers.Table table = new SmallNumbers.Table();
    /** Where a count did not match the one of the same name, it is kept under a key of its own. */
    private final Map<String, String> keys = new HashMap<>();

    private SmallNumbers.@Nullable Hidden hidden;

    /**
     * The rule over the report (its grouping's table, the table by mode, trend and case mix) and the figures by
     * month ({@code byMonth}, which the trend adds up to).
     */
    public static OutcomeSuppression of(OutcomeReport report, FigureTable byMonth, int threshold) {
        var suppression = new OutcomeSuppression();
        suppression.add(report.byMode());
        if (report.figures() != report.byMode()) {
            suppression.add(report.figures());
        }
        if (report.figures().grouping() != Grouping.MONTH) {
            suppression.add(byMonth);
        }
        suppression.addTrend(report.trend(), byMonth);
        suppression.addCaseMix(report.caseMix());
        suppression.hidden = SmallNumbers.hide(suppression.table, threshold);
        return suppression;
    }

    /** Whether a figure's numerator (or count) must be hidden. */
    public boolean hidesNumerator(Grouping grouping, FigureTable.Column column, Figure figure) {
        return hides(numerator(grouping, column.key(), figure));
    }

    public boolean hidesDenominator(Grouping grouping, FigureTable.Column column, Figure figure) {
        return !figure.isCount() && hides(denominator(grouping, column.key(), figure));
    }

    /** A rate (and its interval) is hidden with either of its counts: with the other, it gives the hidden one. */
    public boolean hidesRate(Grouping grouping, FigureTable.Column column, Figure figure) {
        return hidesNumerator(grouping, column, figure) || hidesDenominator(grouping, column, figure);
    }

    public boolean hidesTrend(String month, String mode) {
        return hides(trend(month, mode, "num")) || hides(trend(month, mode, "den"));
    }

    /** A case-mix row: hidden whole when its pathways or its recoveries are (every other figure gives them). */
    public boolean hidesCaseMix(String mode) {
        return hides(caseMix(mode, Figure.RECOVERY)) || hides(caseMix(mode, null));
    }

    /** A count is hidden when it, or the count of its name kept apart because it differed, is. */
    private boolean hides(String key) {
        return java.util.Objects.requireNonNull(hidden).hidesAny(key, resolved(key));
    }

    private void add(FigureTable figures) {
        Grouping grouping = figures.grouping();
        for (var column : figures.columns()) {
            for (Figure figure : Figure.values()) {
                FigureValue v = column.value(figure);
                cell(numerator(grouping, column.key(), figure), v.numerator());
                if (!figure.isCount()) {
                    cell(denominator(grouping, column.key(), figure), v.denominator());
                }
            }
            withinOneGroup(grouping, column);
        }
        for (Figure figure : Figure.values()) {
            acrossGroups(figures, grouping, figure, false);
            if (!figure.isCount()) {
                acrossGroups(figures, grouping, figure, true);
            }
        }
    }

    private void withinOneGroup(Grouping grouping, FigureTable.Column column) {
        String prefix = prefix(grouping, column.key());
        for (Figure figure : Figure.values()) {
            if (!figure.isCount()) {
                sum(denominator(grouping, column.key(), figure), List.of(numerator(grouping, column.key(), figure)));
            }
        }
        for (List<String> within : WITHIN) {
            sum(
                    prefix + "|" + within.getFirst(),
                    within.subList(1, within.size()).stream()
                            .map(k -> prefix + "|" + k)
                            .toList());
        }
    }

    private void acrossGroups(FigureTable figures, Grouping grouping, Figure figure, boolean denominator) {
        var all = figures.all();
        List<String> parts = figures.groups().stream()
                .map(c -> denominator ? denominator(grouping, c.key(), figure) : numerator(grouping, c.key(), figure))
                .toList();
        sum(denominator ? denominator(grouping, all.key(), figure) : numerator(grouping, all.key(), figure), parts);
    }

    private void addTrend(OutcomeReport.Trend trend, FigureTable byMonth) {
        List<String> months =
                byMonth.groups().stream().map(FigureTable.Column::key).toList();
        Map<String, List<String>> byMode = new HashMap<>();
        for (int m = 0; m < months.size() && m < trend.months().size(); m++) {
            List<String> nums = new ArrayList<>();
            List<String> dens = new ArrayList<>();
            for (var entry : trend.recovery().entrySet()) {
                FigureValue v = entry.getValue().get(m);
                String num = trend(months.get(m), entry.getKey(), "num");
                String den = trend(months.get(m), entry.getKey(), "den");
                cell(num, v.numerator());
                cell(den, Math.max(0, v.denominator()));
                sum(den, List.of(num));
                nums.add(num);
                dens.add(den);
                byMode.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(num);
                byMode.computeIfAbsent(entry.getKey() + "|den", k -> new ArrayList<>())
                        .add(den);
            }
            sum(numerator(Grouping.MONTH, months.get(m), Figure.RECOVERY), nums);
            sum(denominator(Grouping.MONTH, months.get(m), Figure.RECOVERY), dens);
        }
        for (String mode : trend.recovery().keySet()) {
            String num = numerator(Grouping.TREATMENT_MODE, mode, Figure.RECOVERY);
            String den = denominator(Grouping.TREATMENT_MODE, mode, Figure.RECOVERY);
            if (table.has(resolved(num))) {
                sum(num, byMode.getOrDefault(mode, List.of()));
                sum(den, byMode.getOrDefault(mode + "|den", List.of()));
            }
        }
    }

    private void addCaseMix(List<OutcomeReport.CaseMixRow> rows) {
        for (var row : rows) {
            var result = row.result();
            String recovered = caseMix(result.mode(), Figure.RECOVERY);
            String pathways = caseMix(result.mode(), null);
            cell(recovered, result.observed());
            cell(pathways, result.pathways());
            sum(pathways, List.of(recovered));
        }
    }

    private static String caseMix(String mode, @Nullable Figure figure) {
        return figure == null
                ? denominator(Grouping.TREATMENT_MODE, mode, Figure.RECOVERY)
                : numerator(Grouping.TREATMENT_MODE, mode, figure);
    }

    private static String trend(String month, String mode, String part) {
        return "trend:" + month + ":" + mode + "|" + part;
    }

    private static String prefix(Grouping grouping, String column) {
        return column.equals("all") ? "all" : grouping.parameter() + ":" + column;
    }

    private static String numerator(Grouping grouping, String column, Figure figure) {
        return prefix(grouping, column) + "|" + figure.key();
    }

    private static String denominator(Grouping grouping, String column, Figure figure) {
        return prefix(grouping, column) + "|" + DENOMINATORS.get(figure);
    }

    /** Adds a count; one that differs from the count already under its key gets a key of its own. */
    private void cell(String key, long value) {
        if (!table.has(key)) {
            table.cell(key, value);
        } else if (table.value(key) != Math.max(0, value)) {
            String own = key + "#" + keys.size();
            keys.put(key, own);
            table.cell(own, value);
        }
    }

    private String resolved(String key) {
        return keys.getOrDefault(key, key);
    }

    private void sum(String total, List<String> parts) {
        if (parts.isEmpty()
                || !table.has(resolved(total))
                || !parts.stream().map(this::resolved).allMatch(table::has)) {
            return;
        }
        table.sum(resolved(total), parts.stream().map(this::resolved).toList());
    }
}
