package org.stepline.shared.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column's value in the row a {@link BulkRows} is making: set (or left unset, which is null) by the owner's
 * typed setters, written in the column's binary form, then cleared for the next row. One class with a kind, so that
 * writing a row is one switch per column rather than a call no compiler can inline.
 */
public final class BulkValue {

    private enum Kind {
        INT8,
        INT4,
        INT2,
        BOOL,
        DATE,
        TIMESTAMPTZ,
        TIME,
        TEXT,
        ARRAY
    }

    private final Kind kind;
    private final int elementType;
    private boolean set;
    private long number;
    private byte @Nullable [] bytes;
    private int offset;
    private int length;
    private @Nullable String text;
    private @Nullable LocalTime time;
    private @Nullable List<String> elements;

    private BulkValue(Kind kind, int elementType) {
        this.kind = kind;
        this.elementType = elementType;
    }

    /** bigint */
    public static BulkValue int8() {
        return new BulkValue(Kind.INT8, 0);
    }

    /** integer */
    public static BulkValue int4() {
        return new BulkValue(Kind.INT4, 0);
    }

    /** smallint */
    public static BulkValue int2() {
        return new BulkValue(Kind.INT2, 0);
    }

    public static BulkValue bool() {
        return new BulkValue(Kind.BOOL, 0);
    }

    public static BulkValue date() {
        return new BulkValue(Kind.DATE, 0);
    }

    public static BulkValue timestamptz() {
        return new BulkValue(Kind.TIMESTAMPTZ, 0);
    }

    public static BulkValue time() {
        return new BulkValue(Kind.TIME, 0);
    }

    /** text, varchar or char(n) */
    public static BulkValue text() {
        return new BulkValue(Kind.TEXT, 0);
    }

    /** An array of {@code elementType} ({@link BinaryRows#TEXT} or {@link BinaryRows#BPCHAR}). */
    public static BulkValue array(int elementType) {
        return new BulkValue(Kind.ARRAY, elementType);
    }

    public void set(long value) {
        number = value;
        set = true;
    }

    public void set(boolean value) {
        set(value ? 1 : 0);
    }

    /** A whole number, a flag or nothing. */
    public void set(@Nullable Number value) {
        if (value == null) {
            clear();
        } else {
            set(value.longValue());
        }
    }

    public void set(@Nullable Boolean value) {
        if (value == null) {
            clear();
        } else {
            set(value.booleanValue());
        }
    }

    public void set(@Nullable LocalDate day) {
        if (day == null) {
            clear();
        } else {
            set(day.toEpochDay());
        }
    }

    /** A moment, kept to the microsecond as PostgreSQL keeps it. */
    public void set(@Nullable Instant moment) {
        if (moment == null) {
            clear();
        } else {
            set(moment.getEpochSecond() * 1_000_000L + moment.getNano() / 1_000);
        }
    }

    /** A moment given in whole seconds since 1970-01-01T00:00Z. */
    public void setEpochSecond(long epochSecond) {
        set(epochSecond * 1_000_000L);
    }

    public void set(@Nullable LocalTime value) {
        time = value;
        set = value != null;
    }

    public void set(@Nullable String value) {
        text = value;
        bytes = null;
        set = value != null;
    }

    /** Text already in UTF-8, read where it lies (valid until the row is added). */
    public void set(byte[] utf8, int from, int count) {
        text = null;
        bytes = utf8;
        offset = from;
        length = count;
        set = true;
    }

    public void set(@Nullable List<String> values) {
        elements = values;
        set = values != null;
    }

    boolean isSet() {
        return set;
    }

    void clear() {
        set = false;
        text = null;
        bytes = null;
        time = null;
        elements = null;
    }

    void writeTo(BinaryRows out) {
        if (!set) {
            out.nul();
            return;
        }
        switch (kind) {
            case INT8 -> out.int8(number);
            case INT4 -> out.int4(Math.toIntExact(number));
            case INT2 -> out.int2(Math.toIntExact(number));
            case BOOL -> out.bool(number != 0);
            case DATE -> out.date(number);
            case TIMESTAMPTZ -> out.timestamptzMicros(number);
            case TIME -> out.time(java.util.Objects.requireNonNull(time));
            case TEXT -> {
                if (bytes != null) {
                    out.text(bytes, offset, length);
                } else {
                    out.text(java.util.Objects.requireNonNull(text));
                }
            }
            case ARRAY -> out.array(elementType, java.util.Objects.requireNonNull(elements));
        }
    }
}
