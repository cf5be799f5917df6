package org.stepline.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepline.scheduling.ChoiceFigures;
import org.stepline.shared.SmallNumbers;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.csv.Csv;

/**
 * The choice report as CSV, under the small-numbers rule of every download ({@link SmallNumbers}): a small count,
 * any count that would give one back by subtraction, and a percentage made from a hidden count are
 * {@value #SUPPRESSED}. Each team's counts add up: bookings = choice not recorded + one mode offered + a choice
 * offered; a choice offered = the modes chosen; and those with a preference, and those who chose it, within it.
 */
public final class ChoiceCsv {

    public static final String SUPPRESSED = SmallNumbers.HIDDEN;

    private ChoiceCsv() {}

    public static String write(List<ChoiceFigures> figures, int suppressBelow) {
        var modes = ChoiceReport.modesChosen(figures);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(
                List.of("Team", "Bookings", "ChoiceNotRecorded", "ChoiceOffered", "ChoiceOfferedPercent"));
        modes.forEach(m -> header.add("Chose" + m.code() + " " + m.label()));
        header.addAll(List.of("ChoiceWithPreference", "ChoseTheirPreference", "ChoseTheirPreferencePercent"));
        rows.add(header);
        var hidden = SmallNumbers.hide(cells(figures, modes), suppressBelow);
        for (ChoiceFigures f : figures) {
            String t = f.teamId() + "|";
            List<String> row = new ArrayList<>(List.of(
                    f.team(),
                    hidden.show(t + "bookings", f.bookings()),
                    hidden.show(t + "not-recorded", f.notRecorded()),
                    hidden.show(t + "offered", f.choiceOffered()),
                    hidden.hidesAny(t + "bookings", t + "not-recorded", t + "offered")
                            ? SUPPRESSED
                            : percent(f.offeredRate())));
            for (ConsultationMechanism m : modes) {
                row.add(hidden.show(t + m.code(), f.chosen(m)));
            }
            row.addAll(List.of(
                    hidden.show(t + "preference", f.withPreference()),
                    hidden.show(t + "matched", f.matched()),
                    hidden.hidesAny(t + "preference", t + "matched") ? SUPPRESSED : percent(f.matchedRate())));
            rows.add(row);
        }
        return Csv.table(rows);
    }

    static SmallNumbers.Table cells(List<ChoiceFigures> figures, List<ConsultationMechanism> modes) {
        var table = new SmallNumbers.Table();
        for (ChoiceFigures f : figures) {
            String t = f.teamId() + "|";
            table.cell(t + "bookings", f.bookings())
                    .cell(t + "not-recorded", f.notRecorded())
                    .cell(t + "offered", f.choiceOffered())
                    .cell(t + "preference", f.withPreference())
                    .cell(t + "matched", f.matched());
            modes.forEach(m -> table.cell(t + m.code(), f.chosen(m)));
            table.sum(t + "bookings", t + "not-recorded", t + "offered")
                    .sum(t + "offered", modes.stream().map(m -> t + m.code()).toList())
                    .sum(t + "offered", t + "preference")
                    .sum(t + "preference", t + "matched");
        }
        return table;
    }

    private static String percent(@Nullable Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }
}
