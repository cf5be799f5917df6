package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepline.shared.SmallNumbers;
import org.stepline.shared.csv.Csv;

/**
 * The PEQ table as CSV, suppressed by the same rule as the other downloads ({@link SmallNumbers}): each item's
 * answers and "most or all of the time" are counts, within each mode and added up over the modes to all pathways.
 */
public final class PeqCsv {

    private final int suppressBelow;

    public PeqCsv(int suppressBelow) {
        this.suppressBelow = suppressBelow;
    }

    public String write(PeqReport report) {
        var hidden = SmallNumbers.hide(cells(report), suppressBelow);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Treatment mode",
                "Item",
                "ItemSnomedCode",
                "Question",
                "Answered",
                "MostOrAllOfTheTime",
                "RatePercent",
                "Lower95",
                "Upper95"));
        for (int g = 0; g < report.groups().size(); g++) {
            var group = report.groups().get(g);
            for (var item : report.items()) {
                FigureValue v = item.byGroup().get(g);
                List<String> row = new ArrayList<>(List.of(
                        group.label(),
                        String.valueOf(item.number()),
                        item.snomedCode() == null ? "" : item.snomedCode(),
                        item.text()));
                String answered = key(group, item, "den");
                String most = key(group, item, "num");
                if (hidden.hidesAny(answered, most)) {
                    row.addAll(List.of(
                            hidden.show(answered, v.denominator()),
                            hidden.show(most, v.numerator()),
                            OutcomeCsv.SUPPRESSED,
                            OutcomeCsv.SUPPRESSED,
                            OutcomeCsv.SUPPRESSED));
                } else {
                    var ci = v.interval();
                    row.addAll(List.of(
                            String.valueOf(v.denominator()),
                            String.valueOf(v.numerator()),
                            percent(v.rate()),
                            ci == null ? "" : percent(ci.lower()),
                            ci == null ? "" : percent(ci.upper())));
                }
                rows.add(row);
            }
        }
        return Csv.table(rows);
    }

    /** Each item's counts by mode, with the sums between them: answered = most + the rest; all = the modes + rest. */
    static SmallNumbers.Table cells(PeqReport report) {
        var table = new SmallNumbers.Table();
        if (report.groups().isEmpty()) {
            return table;
        }
        for (var item : report.items()) {
            for (int g = 0; g < report.groups().size(); g++) {
                var group = report.groups().get(g);
                FigureValue v = item.byGroup().get(g);
                table.cell(key(group, item, "num"), v.numerator()).cell(key(group, item, "den"), v.denominator());
                table.sum(key(group, item, "den"), key(group, item, "num"));
            }
            var modes = report.groups().subList(1, report.groups().size());
            for (String part : List.of("num", "den")) {
                table.sum(
                        key(report.groups().getFirst(), item, part),
                        modes.stream().map(group -> key(group, item, part)).toList());
            }
        }
        return table;
    }

    private static String key(PeqReport.Group group, PeqReport.ItemRow item, String part) {
        return "peq:" + group.key() + ":" + item.number() + "|" + part;
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }
}
