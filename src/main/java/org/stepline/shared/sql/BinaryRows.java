package org.stepline.shared.sql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's binary COPY format, appended value by value into a byte buffer. The server then parses no
 * text at all: turning text into dates, times and numbers was most of its work in a bulk load. Each value must be
 * written in the binary form of its column's type ({@link #int8} for bigint, {@link #int4} for integer, and so on);
 * a value of the wrong width is refused by the server (the whole COPY fails, naming the row and column), never
 * stored wrongly.
 * <p>
 * Format: a row is a 16-bit count of its fields, then each field as a 32-bit length (-1 for null) and its bytes,
 * all big-endian; dates count days and timestamps microseconds from 2000-01-01 (UTC).
 */
public final class BinaryRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int EPOCH_DAY_2000 = 10_957;
    private static final long EPOCH_SECOND_2000 = 946_684_800L;

    private byte[] buffer;
    private int length;
    private int rowStart = -1;
    private int fields;

    public BinaryRows(int capacity) {
        buffer = new byte[Math.max(capacity, 64)];
    }

    /** What a binary COPY begins with: the signature, no flags, no header extension. */
    public BinaryRows header() {
        put(SIGNATURE, 0, SIGNATURE.length);
        putInt(0);
        putInt(0);
        return this;
    }

    /** What it ends with. */
    public BinaryRows trailer() {
        ensure(2);
        putShort(-1);
        return this;
    }

    public BinaryRows int8(long value) {
        field(8);
        putLong(value);
        return this;
    }

    public BinaryRows int4(int value) {
        field(4);
        putInt(value);
        return this;
    }

    public BinaryRows int2(int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException(value + " does not fit a smallint");
        }
        field(2);
        putShort(value);
        return this;
    }

    public BinaryRows float4(float value) {
        field(4);
        putInt(Float.floatToIntBits(value));
        return this;
    }

    public BinaryRows bool(boolean value) {
        field(1);
        buffer[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A date, given as days since 1970-01-01 ({@code LocalDate.toEpochDay()}). */
    public BinaryRows date(long epochDay) {
        field(4);
        putInt(Math.toIntExact(epochDay - EPOCH_DAY_2000));
        return this;
    }

    /** A timestamptz, given as seconds since 1970-01-01T00:00Z. */
    public BinaryRows timestamptz(long epochSecond) {
        field(8);
        putLong((epochSecond - EPOCH_SECOND_2000) * 1_000_000L);
        return this;
    }

    /** A timestamptz, given as microseconds since 1970-01-01T00:00Z. */
    public BinaryRows timestamptzMicros(long epochMicro) {
        field(8);
        putLong(epochMicro - EPOCH_SECOND_2000 * 1_000_000L);
        return this;
    }

    public BinaryRows timestamptz(Instant instant) {
        field(8);
        putLong((instant.getEpochSecond() - EPOCH_SECOND_2000) * 1_000_000L + instant.getNano() / 1_000);
        return this;
    }

    /** A time of day (a {@code time} column): microseconds since midnight. */
    public BinaryRows time(java.time.LocalTime time) {
        field(8);
        putLong(time.toNanoOfDay() / 1_000);
        return this;
    }

    /** The element type of a {@code char(n)[]} column, for {@link #array}. */
    public static final int BPCHAR = 1042;

    /** The element type of a {@code text[]} column, for {@link #array}. */
    public static final int TEXT = 25;

    /**
     * A one-dimensional array of text values (none null) whose elements are of type {@code elementType} (its OID,
     * {@link #TEXT} or {@link #BPCHAR}: the server refuses an array whose element type is not its column's).
     */
    public BinaryRows array(int elementType, java.util.List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        int size = 20;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
            size += 4 + encoded[i].length;
        }
        field(size);
        putInt(1); // dimensions
        putInt(0); // no nulls
        putInt(elementType);
        putInt(encoded.length);
        putInt(1); // lower bound
        for (byte[] element : encoded) {
            putInt(element.length);
            put(element, 0, element.length);
        }
        return this;
    }

    /** Text (text, varchar or char columns), already UTF-8. */
    public BinaryRows text(byte[] bytes, int offset, int count) {
        field(count);
        put(bytes, offset, count);
        return this;
    }

    public BinaryRows text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return text(bytes, 0, bytes.length);
    }

    public BinaryRows textOrNull(@Nullable String value) {
        return value == null ? nul() : text(value);
    }

    public BinaryRows nul() {
        field(0);
        length -= 4;
        putInt(-1);
        return this;
    }

    /** Closes the row: its field count goes in front of it. */
    public void endRow() {
        if (rowStart < 0) {
            throw new IllegalStateException("a row needs at least one value");
        }
        buffer[rowStart] = (byte) (fields >>> 8);
        buffer[rowStart + 1] = (byte) fields;
        rowStart = -1;
        fields = 0;
    }

    public int size() {
        return length;
    }

    /** The bytes written so far; valid until the next write or {@link #clear()}. */
    public byte[] bytes() {
        return buffer;
    }

    public void clear() {
        length = 0;
        rowStart = -1;
        fields = 0;
    }

    private void field(int bytes) {
        if (rowStart < 0) {
            ensure(2);
            rowStart = length;
            length += 2;
        }
        ensure(4 + bytes);
        putInt(bytes);
        fields++;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void put(byte[] bytes, int offset, int count) {
        ensure(count);
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    private void putShort(int value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }
}
