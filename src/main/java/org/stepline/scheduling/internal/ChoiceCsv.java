package org.stepline.scheduling.internal;

import org.stepline.scheduling.ChoiceFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
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
        return rows.stream().map(r -> r.stream().map(ChoiceCsv::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
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

    /** Quoted when needed; a leading formula character is defused so that spreadsheets show it as text. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
