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

    /** {@code set name = excluded.name} for every column but the key. */
    String updateAllBut(String key) {
        return columns.stream().filter(c -> !c.name().equals(key)).map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "));
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
