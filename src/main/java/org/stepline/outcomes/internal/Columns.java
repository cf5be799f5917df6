package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.stepline.shared.sql.BinaryRows;

/**
 * Writes many rows in one statement: each column is sent as one PostgreSQL array and the rows are rebuilt with
 * {@code unnest}, so a page of thousands of pathways is one round trip instead of thousands.
 */
final class Columns<T> {

    /** Writes one row's value of a column in PostgreSQL's binary COPY format. */
    interface BinaryValue<T> {
        void write(T row, BinaryRows out);
    }

    record Column<T>(
            String name,
            String arrayType,
            Function<T, Object> value,
            IntFunction<Object[]> array,
            BinaryValue<T> binary) {}

    private final List<Column<T>> columns;

    @SafeVarargs
    Columns(Column<T>... columns) {
        this.columns = List.of(columns);
    }

    static <T> Column<T> bigint(String name, Function<T, Object> value) {
        return new Column<>(
                name, "bigint[]", value, Long[]::new, binary(value, (v, out) -> out.int8(((Number) v).longValue())));
    }

    /** An integer or smallint column ({@code arrayType} "integer[]" or "smallint[]"). */
    static <T> Column<T> integer(String name, String arrayType, Function<T, Object> value) {
        BinaryValue<T> binary = arrayType.startsWith("smallint")
                ? binary(value, (v, out) -> out.int2(((Number) v).intValue()))
                : binary(value, (v, out) -> out.int4(((Number) v).intValue()));
        return new Column<>(name, arrayType, value, Integer[]::new, binary);
    }

    static <T> Column<T> real(String name, Function<T, Object> value) {
        return new Column<>(
                name, "real[]", value, Double[]::new, binary(value, (v, out) -> out.float4(((Number) v).floatValue())));
    }

    static <T> Column<T> bool(String name, Function<T, Object> value) {
        return new Column<>(name, "boolean[]", value, Boolean[]::new, binary(value, (v, out) -> out.bool((Boolean) v)));
    }

    static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, "text[]", value, String[]::new, binary(value, (v, out) -> out.text((String) v)));
    }

    /** Dates travel as ISO text in arrays (the driver has no array encoding for LocalDate), as days in COPY. */
    static <T> Column<T> date(String name, Function<T, Object> value) {
        return new Column<>(
                name,
                "date[]",
                row -> {
                    Object date = value.apply(row);
                    return date == null ? null : date.toString();
                },
                String[]::new,
                binary(value, (v, out) -> out.date(((LocalDate) v).toEpochDay())));
    }

    private static <T> BinaryValue<T> binary(Function<T, Object> value, BiConsumer<Object, BinaryRows> write) {
        return (row, out) -> {
            Object v = value.apply(row);
            if (v == null) {
                out.nul();
            } else {
                write.accept(v, out);
            }
        };
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
        return columns.stream()
                .filter(c -> !keys.contains(c.name()))
                .map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "));
    }

    /** The rows in PostgreSQL's binary COPY format ({@link BinaryRows}), without header or trailer. */
    BinaryRows copyRows(List<T> rows) {
        var out = new BinaryRows(rows.size() * columns.size() * 12);
        for (T row : rows) {
            for (var column : columns) {
                column.binary().write(row, out);
            }
            out.endRow();
        }
        return out;
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
