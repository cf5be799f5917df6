package org.stepline.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.stepline.shared.csv.Csv;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The choice report as CSV. As in the outcome downloads, a count under the threshold, and a percentage whose
 * denominator is under it, is replaced by {@value #SUPPRESSED}, so that no small group can be picked out.
 */
public final class ChoiceCsv {

    public static final String SUPPRESSED = "*";

    private ChoiceCsv() {
    }

    public static String write(List<ChoiceFigures> figures, int suppressBelow) {
        var modes = ChoiceReport.modesChosen(figures);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Team", "Bookings", "ModesOfferedNotRecorded", "ChoiceOffered",
                "ChoiceOfferedPercent"));
        modes.forEach(m -> header.add("Chose" + m.code() + " " + m.label()));
        header.addAll(List.of("ChoiceWithPreference", "ChoseTheirPreference", "ChoseTheirPreferencePercent"));
        rows.add(header);
        for (ChoiceFigures f : figures) {
            List<String> row = new ArrayList<>(List.of(f.team(), count(f.bookings(), suppressBelow),
                    count(f.notRecorded(), suppressBelow), count(f.choiceOffered(), suppressBelow),
                    percent(f.offeredRate(), f.bookings(), suppressBelow)));
            for (ConsultationMechanism m : modes) {
                row.add(count(f.chosen(m), suppressBelow));
            }
            row.addAll(List.of(count(f.withPreference(), suppressBelow), count(f.matched(), suppressBelow),
                    percent(f.matchedRate(), f.withPreference(), suppressBelow)));
            rows.add(row);
        }
        return Csv.table(rows);
    }

    private static String count(long count, int suppressBelow) {
        return count < suppressBelow ? SUPPRESSED : String.valueOf(count);
    }

    private static String percent(@Nullable Double rate, long denominator, int suppressBelow) {
        if (denominator < suppressBelow) {
            return SUPPRESSED;
        }
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }

}
