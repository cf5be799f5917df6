package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepline.shared.csv.Csv;

/** The PEQ table as CSV, suppressed as the other downloads: a figure with fewer answers than the threshold is "*". */
public final class PeqCsv {

    private final int suppressBelow;

    public PeqCsv(int suppressBelow) {
        this.suppressBelow = suppressBelow;
    }

    public String write(PeqReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Treatment mode", "Item", "ItemSnomedCode", "Question", "Answered", "MostOrAllOfTheTime",
                "RatePercent", "Lower95", "Upper95"));
        for (int g = 0; g < report.groups().size(); g++) {
            var group = report.groups().get(g);
            for (var item : report.items()) {
                FigureValue v = item.byGroup().get(g);
                List<String> row = new ArrayList<>(List.of(group.label(), String.valueOf(item.number()),
                        item.snomedCode() == null ? "" : item.snomedCode(), item.text()));
                if (v.denominator() < suppressBelow) {
                    row.addAll(List.of(OutcomeCsv.SUPPRESSED, OutcomeCsv.SUPPRESSED, OutcomeCsv.SUPPRESSED,
                            OutcomeCsv.SUPPRESSED, OutcomeCsv.SUPPRESSED));
                } else {
                    var ci = v.interval();
                    row.addAll(List.of(String.valueOf(v.denominator()), String.valueOf(v.numerator()), percent(v.rate()),
                            ci == null ? "" : percent(ci.lower()), ci == null ? "" : percent(ci.upper())));
                }
                rows.add(row);
            }
        }
        return Csv.table(rows);
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }
}
