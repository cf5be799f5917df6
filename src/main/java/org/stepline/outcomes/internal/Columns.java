package org.stepline.outcomes.internal;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Writes many rows in one statement: each column is sent as one PostgreSQL array and the rows are rebuilt with
 * {@code unnest}, so a page of thousands of pathways is one round trip instead of thousands.
 */
final class Columns<T> {

    record Column<T>(String name, String arrayType, Function<T, Object> value, IntFunction<Object[]> array) {
    }

    private final List<Column<T>> columns;

    @SafeVarargs
    Columns(Column<T>... columns) {
        this.columns = List.of(columns);
    }

    static <T> Column<T> bigint(String name, Function<T, Object> value) {
        return new Column<>(name, "bigint[]", value, Long[]::new);
    }

    static <T> Column<T> integer(String name, String arrayType, Function<T, Object> value) {
        return new Column<>(name, arrayType, value, Integer[]::new);
    }

    static <T> Column<T> real(String name, Function<T, Object> value) {
        return new Column<>(name, "real[]", value, Double[]::new);
    }

    static <T> Column<T> bool(String name, Function<T, Object> value) {
        return new Column<>(name, "boolean[]", value, Boolean[]::new);
    }

    static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, "text[]", value, String[]::new);
    }

    /** Dates travel as ISO text: the driver has no array encoding for LocalDate. */
    static <T> Column<T> date(String name, Function<T, Object> value) {
        return new Column<>(name, "date[]", row -> {
            Object date = value.apply(row);
            return date == null ? null : date.toString();
        }, String[]::new);
    }

    String names() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@code insert into table (names) select * from unnest(?::type[], ...)}. */
    String insertInto(String table) {
        return "insert into " + table + " (" + names() + ") select * from unnest("
                + columns.stream().map(c -> "?::" + c.arrayType()).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code name = excluded.name} for every column but the key's. */
    String updateAllBut(String... key) {
        var keys = List.of(key);
        return columns.stream().filter(c -> !keys.contains(c.name())).map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "));
    }

    /** The rows in PostgreSQL's COPY text format: tab-separated, {@code \\N} for null. */
    String copyText(List<T> rows) {
        var text = new StringBuilder(rows.size() * columns.size() * 8);
        for (T row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object value = columns.get(i).value().apply(row);
                if (value == null) {
                    text.append("\\N");
                } else if (value instanceof Boolean b) {
                    text.append(b ? 't' : 'f');
                } else if (value instanceof String string) {
                    escape(string, text);
                } else {
                    text.append(value);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    Object[] arrays(List<T> rows) {
        Object[] arrays = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            Object[] values = column.array().apply(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                values[r] = column.value().apply(rows.get(r));
            }
            arrays[i] = values;
        }
        return arrays;
    }
}
