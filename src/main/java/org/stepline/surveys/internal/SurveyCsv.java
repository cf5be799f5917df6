package org.stepline.surveys.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.csv.Csv;

/**
 * A closed round's results as CSV, the same figures as its page's tables, for every group: each construct's and
 * general item's mean, standard deviation, how many scored it and the change since the last round, and each item's
 * answers as given. A group withheld by the five-answer rule ({@link SmallGroups}) is one row saying so, without even
 * how many answered. Written by the one CSV writer, so that no cell (a team's name) runs as a formula.
 */
public final class SurveyCsv {

    static final List<String> HEADER = List.of(
            "Group",
            "PeopleAnswered",
            "Shown",
            "Figure",
            "Code",
            "Question",
            "Mean",
            "StandardDeviation",
            "Scored",
            "ChangeSinceLastRound",
            "StronglyAgree",
            "Agree",
            "NeitherAgreeNorDisagree",
            "Disagree",
            "StronglyDisagree",
            "NotRelevant",
            "NotAnswered");

    private SurveyCsv() {}

    public static String write(SurveyResults.RoundResults results) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (GroupResult group : results.groups()) {
            if (!group.shown()) {
                rows.add(padded(new ArrayList<>(List.of(group.label(), "", "no"))));
                continue;
            }
            for (var c : group.constructs()) {
                rows.add(figure(
                        group, "Construct", c.construct().key(), c.construct().name(), c.spread(), c.change()));
            }
            for (var g : group.general()) {
                rows.add(figure(group, "General item", g.item().code(), g.item().text(), g.spread(), g.change()));
            }
            for (var item : group.items()) {
                List<Object> row = new ArrayList<>(List.of(
                        group.label(),
                        group.respondents(),
                        "yes",
                        "Item",
                        item.item().code(),
                        item.item().text(),
                        "",
                        "",
                        "",
                        ""));
                for (int value = Nomad.AGREE_MAX; value >= Nomad.AGREE_MIN; value--) {
                    row.add(item.byValue()[value - 1]);
                }
                row.addAll(Arrays.asList(item.notRelevant(), item.unanswered()));
                rows.add(row);
            }
        }
        return Csv.table(rows);
    }

    private static List<Object> figure(
            GroupResult group, String figure, String code, String question, Spread spread, @Nullable Double change) {
        return padded(new ArrayList<>(List.of(
                group.label(),
                group.respondents(),
                "yes",
                figure,
                code,
                question,
                number(spread.mean()),
                number(spread.standardDeviation()),
                spread.n(),
                number(change))));
    }

    /** Every line has every column (RFC 4180): the answer counts are empty on a line that is not an item's. */
    private static List<Object> padded(List<Object> row) {
        while (row.size() < HEADER.size()) {
            row.add("");
        }
        return row;
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
