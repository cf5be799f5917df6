package org.stepline.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small-numbers rule for every figure that leaves Stepline (docs/security.md, "Small numbers"). Pure: the
 * hidden cells depend only on the table and the threshold.
 *
 * <ol>
 * <li>Primary: a count from 1 to {@code threshold − 1} is hidden. A zero is shown: it picks out nobody.</li>
 * <li>Secondary: a sum ({@code total = part + part + …}) may never have exactly one hidden cell, or that cell is
 * the total minus the others. While one has, its smallest non-zero shown part is hidden too (the total when no
 * part is left).</li>
 * <li>Last, no hidden cell may be worked out from the sums together (for example three sums around a triangle):
 * one whose value follows from the equations gets a neighbour hidden as well, and the rule runs again.</li>
 * </ol>
 *
 * A table is the counts it shows, each under a key, and the sums that hold between them. A sum whose parts do not
 * add up to its total gets a cell of its own for the rest ({@code total + "|rest"}), which is never shown but can
 * be worked out, so it is suppressed like any other count.
 */
public final class SmallNumbers {

    /** What a hidden figure is written as. */
    public static final String HIDDEN = "*";

    private SmallNumbers() {}

    /** The counts of a table and the sums between them. */
    public static final class Table {

        private final Map<String, Long> cells = new LinkedHashMap<>();
        private final List<List<String>> sums = new ArrayList<>();

        /** A count shown (or one that can be worked out from what is shown). The same key is the same count. */
        public Table cell(String key, long value) {
            Long before = cells.putIfAbsent(key, Math.max(0, value));
            if (before != null && before != Math.max(0, value)) {
                throw new IllegalArgumentException("Cell " + key + " given as " + before + " and " + value);
            }
            return this;
        }

        /**
         * {@code total} is made up of {@code parts} (cells already given), and of a rest when they fall short. When
         * the parts add up to more than the total they are not its parts, and nothing is recorded.
         */
        public Table sum(String total, List<String> parts) {
            long of = value(total);
            long sum = 0;
            for (String part : parts) {
                sum += value(part);
            }
            if (sum > of || parts.isEmpty()) {
                return this;
            }
            List<String> group = new ArrayList<>(parts);
            if (sum < of) {
                String rest = total + "|rest" + (sums.size());
                cells.put(rest, of - sum);
                group.add(rest);
            }
            group.add(total);
            sums.add(group);
            return this;
        }

        public Table sum(String total, String... parts) {
            return sum(total, List.of(parts));
        }

        public long value(String key) {
            Long value = cells.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No cell " + key);
            }
            return value;
        }

        public boolean has(String key) {
            return cells.containsKey(key);
        }

        /** Every cell's key, the rests of sums included. */
        public Set<String> keys() {
            return java.util.Collections.unmodifiableSet(cells.keySet());
        }

        /** The sums recorded: each its parts (and rest), then its total last. */
        public List<List<String>> sums() {
            return java.util.Collections.unmodifiableList(sums);
        }
    }

    /** The result: which cells to hide. */
    public record Hidden(Set<String> keys) {

        public boolean hides(String key) {
            return keys.contains(key);
        }

        /** The count as written: the number, or {@value SmallNumbers#HIDDEN}. */
        public String show(String key, long value) {
            return hides(key) ? HIDDEN : String.valueOf(value);
        }

        /** True when any of the keys is hidden: a rate or difference made from them must be hidden too. */
        public boolean hidesAny(String... keys) {
            for (String key : keys) {
                if (hides(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static Hidden hide(Table table, int threshold) {
        Set<String> hidden = new LinkedHashSet<>();
        table.cells.forEach((key, value) -> {
            if (value > 0 && value < threshold) {
                hidden.add(key);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = secondary(table, hidden);
            if (!changed) {
                changed = notWorkedOut(table, hidden);
            }
        }
        return new Hidden(Set.copyOf(hidden));
    }

    /** Hides one more cell in every sum with exactly one hidden; true when anything was hidden. */
    private static boolean secondary(Table table, Set<String> hidden) {
        boolean changed = false;
        boolean again = true;
        while (again) {
            again = false;
            for (List<String> sum : table.sums) {
                if (sum.stream().filter(hidden::contains).count() == 1) {
                    Optional<String> next = nextToHide(table, sum, hidden);
                    if (next.isPresent()) {
                        hidden.add(next.get());
                        again = true;
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    /** The smallest non-zero part still shown; else the total; else any zero still shown. */
    private static Optional<String> nextToHide(Table table, List<String> sum, Set<String> hidden) {
        String total = sum.getLast();
        Comparator<String> smallest = Comparator.comparingLong(table::value);
        var parts = sum.subList(0, sum.size() - 1).stream()
                .filter(k -> !hidden.contains(k))
                .toList();
        var nonZero = parts.stream().filter(k -> table.value(k) > 0).min(smallest);
        if (nonZero.isPresent()) {
            return nonZero;
        }
        if (!hidden.contains(total)) {
            return Optional.of(total);
        }
        return parts.stream().findFirst();
    }

    /**
     * Solves the sums for the hidden cells (Gaussian elimination over the hidden cells, the shown ones being
     * known). For a hidden cell whose value follows, the smallest shown count that stops it following (one in a sum
     * with a hidden cell) is hidden too. True when anything was hidden.
     */
    private static boolean notWorkedOut(Table table, Set<String> hidden) {
        Set<String> determined = determined(table, hidden);
        if (determined.isEmpty()) {
            return false;
        }
        String cell = determined.iterator().next();
        List<String> candidates = table.sums.stream()
                .filter(sum -> sum.stream().anyMatch(hidden::contains))
                .flatMap(List::stream)
                .filter(k -> !hidden.contains(k) && table.value(k) > 0)
                .distinct()
                .sorted(Comparator.comparingLong(table::value))
                .toList();
        for (String candidate : candidates) {
            Set<String> trial = new LinkedHashSet<>(hidden);
            trial.add(candidate);
            if (!determined(table, trial).contains(cell)) {
                hidden.add(candidate);
                return true;
            }
        }
        return false;
    }

    private static Set<String> determined(Table table, Set<String> hidden) {
        List<String> unknowns = new ArrayList<>(hidden);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (List<String> sum : table.sums) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            for (int i = 0; i < sum.size(); i++) {
                Integer c = column.get(sum.get(i));
                if (c != null) {
                    row[c] += i == sum.size() - 1 ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        return determined(rows, unknowns);
    }

    /** The unknowns fixed by the equations: those whose unit vector is a row of the reduced row echelon form. */
    private static Set<String> determined(List<double[]> rows, List<String> unknowns) {
        double[][] m = rows.toArray(double[][]::new);
        int pivotRow = 0;
        int width = unknowns.size();
        for (int c = 0; c < width && pivotRow < m.length; c++) {
            int best = -1;
            for (int r = pivotRow; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (best < 0 || Math.abs(m[r][c]) > Math.abs(m[best][c]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[best];
            m[best] = m[pivotRow];
            m[pivotRow] = swap;
            double pivot = m[pivotRow][c];
            for (int k = 0; k < width; k++) {
                m[pivotRow][k] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != pivotRow && Math.abs(m[r][c]) > 1e-9) {
                    double factor = m[r][c];
                    for (int k = 0; k < width; k++) {
                        m[r][k] -= factor * m[pivotRow][k];
                    }
                }
            }
            pivotRow++;
        }
        Set<String> determined = new LinkedHashSet<>();
        for (int r = 0; r < pivotRow; r++) {
            int nonZero = 0;
            int at = -1;
            for (int k = 0; k < width; k++) {
                if (Math.abs(m[r][k]) > 1e-9) {
                    nonZero++;
                    at = k;
                }
            }
            if (nonZero == 1) {
                determined.add(unknowns.get(at));
            }
        }
        return determined;
    }
}
