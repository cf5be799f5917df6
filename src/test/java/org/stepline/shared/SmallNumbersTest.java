package org.stepline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The small-numbers rule against tables built to leak: after it, every hidden cell must still have at least two
 * values that fit everything shown (found by trying every value), and no shown count may be from 1 to 4.
 */
class SmallNumbersTest {

    private static final int THRESHOLD = 5;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | value | hidden
            zero is shown: it picks out nobody       | 0     | false
            one is hidden                            | 1     | true
            four is hidden                           | 4     | true
            the threshold itself is shown            | 5     | false
            """)
    void primary(String description, long value, boolean hidden) {
        var table = new SmallNumbers.Table().cell("x", value);
        assertThat(SmallNumbers.hide(table, THRESHOLD).hides("x"))
                .as(description)
                .isEqualTo(hidden);
    }

    /**
     * Outcomes by mode, the leak of the issue: video's 3 pathways were hidden, but all pathways minus face to face
     * and telephone gave them back, and its 2 recovered came back from the numerators the same way.
     */
    @Test
    void aHiddenGroupCannotBeWorkedOutFromTheTotalBesideIt() {
        var table = new SmallNumbers.Table()
                .cell("all|den", 40)
                .cell("f2f|den", 20)
                .cell("tel|den", 17)
                .cell("video|den", 3)
                .cell("all|num", 20)
                .cell("f2f|num", 10)
                .cell("tel|num", 8)
                .cell("video|num", 2);
        table.sum("all|den", "f2f|den", "tel|den", "video|den").sum("all|num", "f2f|num", "tel|num", "video|num");
        for (String group : List.of("all", "f2f", "tel", "video")) {
            table.sum(group + "|den", group + "|num");
        }
        var hidden = SmallNumbers.hide(table, THRESHOLD);
        assertThat(hidden.keys()).contains("video|den", "video|num", "tel|den", "tel|num");
        assertNothingRecoverable(table, hidden);
    }

    /** Rows and columns with their totals: one small cell costs a second in its row and its column. */
    @Test
    void aCrossTableWithTotals() {
        long[][] counts = {{12, 3, 9}, {7, 15, 8}, {10, 6, 20}};
        var table = new SmallNumbers.Table();
        long grand = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                table.cell(r + "," + c, counts[r][c]);
                grand += counts[r][c];
            }
        }
        for (int i = 0; i < 3; i++) {
            long row = 0;
            long column = 0;
            for (int j = 0; j < 3; j++) {
                row += counts[i][j];
                column += counts[j][i];
            }
            table.cell("row" + i, row).cell("column" + i, column);
        }
        table.cell("all", grand);
        for (int i = 0; i < 3; i++) {
            table.sum("row" + i, i + ",0", i + ",1", i + ",2").sum("column" + i, "0," + i, "1," + i, "2," + i);
        }
        table.sum("all", "row0", "row1", "row2").sum("all", "column0", "column1", "column2");
        var hidden = SmallNumbers.hide(table, THRESHOLD);
        assertThat(hidden.keys()).contains("0,1").hasSizeGreaterThanOrEqualTo(4);
        assertNothingRecoverable(table, hidden);
    }

    /**
     * Three sums around a triangle, each with two hidden cells, so that no one sum gives anything away; together
     * they do (a = (x1 − x2 + x3) / 2). The rule must see that and hide more.
     */
    @Test
    void sumsThatGiveAHiddenCellAwayTogether() {
        var table = new SmallNumbers.Table()
                .cell("a", 2)
                .cell("b", 3)
                .cell("c", 4)
                .cell("x1", 5)
                .cell("x2", 7)
                .cell("x3", 6);
        table.sum("x1", "a", "b").sum("x2", "b", "c").sum("x3", "a", "c");
        var hidden = SmallNumbers.hide(table, THRESHOLD);
        assertThat(hidden.keys()).contains("a", "b", "c").hasSizeGreaterThan(3);
        assertNothingRecoverable(table, hidden);
    }

    /** A rate's numerator close to its denominator: the few who did not recover are a small group too. */
    @Test
    void theRestOfADenominatorIsACountLikeAnyOther() {
        var table = new SmallNumbers.Table().cell("den", 30).cell("num", 28);
        table.sum("den", "num");
        var hidden = SmallNumbers.hide(table, THRESHOLD);
        assertThat(hidden.hides("num")).isTrue();
        assertNothingRecoverable(table, hidden);
    }

    @Test
    void partsThatAddUpToMoreThanTheTotalAreNotItsParts() {
        var table = new SmallNumbers.Table().cell("open", 10).cell("m1", 8).cell("m2", 3);
        table.sum("open", "m1", "m2");
        assertThat(SmallNumbers.hide(table, THRESHOLD).keys()).containsExactly("m2");
    }

    /** Every hidden cell has two values or more that fit every sum, with the shown cells as they are. */
    private static void assertNothingRecoverable(SmallNumbers.Table table, SmallNumbers.Hidden hidden) {
        List<String> unknown = new ArrayList<>(hidden.keys());
        assertThat(unknown).as("hidden cells").hasSizeLessThanOrEqualTo(8);
        Map<String, Set<Long>> seen = new HashMap<>();
        unknown.forEach(k -> seen.put(k, new HashSet<>()));
        long most = unknown.stream().mapToLong(table::value).max().orElse(0) * 3 + 10;
        search(table, hidden, unknown, 0, new HashMap<>(), most, seen);
        for (String key : unknown) {
            assertThat(seen.get(key)).as("values of " + key + " that fit").hasSizeGreaterThanOrEqualTo(2);
        }
        for (String key : table.keys()) {
            long value = table.value(key);
            if (!hidden.hides(key) && !key.contains("|rest")) {
                assertThat(value == 0 || value >= THRESHOLD)
                        .as(key + " shown as " + value)
                        .isTrue();
            }
        }
    }

    /**
     * Tries every value of each hidden cell in turn; a cell that is the last unknown of a sum takes the value the
     * sum forces, and a try is dropped as soon as a sum it completes fails.
     */
    private static void search(
            SmallNumbers.Table table,
            SmallNumbers.Hidden hidden,
            List<String> unknown,
            int at,
            Map<String, Long> trial,
            long most,
            Map<String, Set<Long>> seen) {
        if (!table.sums().stream().allMatch(sum -> fits(table, hidden, sum, trial))) {
            return;
        }
        if (trial.size() == unknown.size()) {
            trial.forEach((k, v) -> seen.get(k).add(v));
            return;
        }
        for (List<String> sum : table.sums()) {
            var open = sum.stream()
                    .filter(k -> hidden.hides(k) && !trial.containsKey(k))
                    .toList();
            if (open.size() == 1) {
                String last = open.getFirst();
                long parts = 0;
                for (int i = 0; i < sum.size() - 1; i++) {
                    parts += sum.get(i).equals(last) ? 0 : trial.getOrDefault(sum.get(i), table.value(sum.get(i)));
                }
                String total = sum.getLast();
                long forced = total.equals(last) ? parts : trial.getOrDefault(total, table.value(total)) - parts;
                if (forced >= 0) {
                    trial.put(last, forced);
                    search(table, hidden, unknown, at, trial, most, seen);
                    trial.remove(last);
                }
                return;
            }
        }
        String next =
                unknown.stream().filter(k -> !trial.containsKey(k)).findFirst().orElseThrow();
        for (long v = 0; v <= most; v++) {
            trial.put(next, v);
            search(table, hidden, unknown, at, trial, most, seen);
        }
        trial.remove(next);
    }

    /** A sum fits when it is not yet complete, or its parts add up to its total. */
    private static boolean fits(
            SmallNumbers.Table table, SmallNumbers.Hidden hidden, List<String> sum, Map<String, Long> trial) {
        if (sum.stream().anyMatch(k -> hidden.hides(k) && !trial.containsKey(k))) {
            return true;
        }
        long parts = 0;
        for (int i = 0; i < sum.size() - 1; i++) {
            parts += trial.getOrDefault(sum.get(i), table.value(sum.get(i)));
        }
        String total = sum.getLast();
        return parts == trial.getOrDefault(total, table.value(total));
    }
}
