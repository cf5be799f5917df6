package org.stepline.datasets.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's header row: where each expected column is (column order is free, names are matched ignoring case), and
 * which columns were not expected (they are ignored and reported). A required column that is missing, or a column
 * named twice, is a problem on line 1.
 */
final class Header {

    /** A column, and the older names it may go by (v2.0 extracts name ConsMechanism ConsMediumUsed). */
    record Column(String name, boolean required, List<String> aliases) {

        Column(String name, boolean required, String... aliases) {
            this(name, required, List.of(aliases));
        }

        boolean named(String lowerCaseName) {
            return name.toLowerCase(Locale.ROOT).equals(lowerCaseName)
                    || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(lowerCaseName));
        }
    }

    private final int[] positions;
    private final List<String> unknown;
    private final int width;
    private final boolean usable;

    private final List<String> names;

    private Header(int[] positions, List<String> names, List<String> unknown, int width, boolean usable) {
        this.positions = positions;
        this.names = names;
        this.unknown = unknown;
        this.width = width;
        this.usable = usable;
    }

    /** Reads the header row; null when the file is empty (reported). */
    static Header read(CsvReader reader, String file, List<Column> columns, Problems problems)
            throws java.io.IOException {
        if (!reader.next()) {
            problems.add(file, "the file is empty: it needs a header row naming its columns");
            return null;
        }
        if (reader.problem() != null) {
            problems.add(file, reader.line(), "(header)", reader.problem());
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        var unknown = new ArrayList<String>();
        var names = new ArrayList<String>();
        int[] positions = new int[columns.size()];
        java.util.Arrays.fill(positions, -1);
        boolean usable = true;
        for (int field = 0; field < reader.fieldCount(); field++) {
            String name = reader.string(field).strip();
            names.add(name);
            String key = name.toLowerCase(Locale.ROOT);
            if (seen.putIfAbsent(key, field) != null) {
                problems.add(file, reader.line(), name, "this column is named twice in the header");
                usable = false;
                continue;
            }
            int column = indexOf(columns, key);
            if (column < 0) {
                if (!name.isEmpty()) {
                    unknown.add(name);
                }
            } else if (positions[column] >= 0) {
                problems.add(
                        file,
                        reader.line(),
                        name,
                        "gives the same column as " + names.get(positions[column])
                                + " (an older name of it): keep one of the two");
                usable = false;
            } else {
                positions[column] = field;
            }
        }
        for (int column = 0; column < columns.size(); column++) {
            if (positions[column] < 0 && columns.get(column).required()) {
                var missing = columns.get(column);
                problems.add(
                        file,
                        reader.line(),
                        missing.name(),
                        "required column is missing from the header"
                                + (missing.aliases().isEmpty()
                                        ? ""
                                        : " (it may also be named " + String.join(" or ", missing.aliases()) + ")"));
                usable = false;
            }
        }
        return new Header(positions, List.copyOf(names), List.copyOf(unknown), reader.fieldCount(), usable);
    }

    private static int indexOf(List<Column> columns, String lowerCaseName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).named(lowerCaseName)) {
                return i;
            }
        }
        return -1;
    }

    /** The field holding the column, or -1 when the file has no such column. */
    int field(int column) {
        return positions[column];
    }

    /** The header's name of a field, as problems name a column; "(row)" for the record as a whole. */
    String name(int field) {
        return field < 0 || field >= names.size() || names.get(field).isEmpty() ? "(row)" : names.get(field);
    }

    int width() {
        return width;
    }

    List<String> unknownColumns() {
        return unknown;
    }

    /** False when a required column is missing or named twice: the rows cannot be read. */
    boolean usable() {
        return usable;
    }
}
