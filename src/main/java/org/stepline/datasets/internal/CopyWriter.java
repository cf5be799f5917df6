package org.stepline.datasets.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY … FROM STDIN} (text format), building each row straight
 * into a byte buffer that is sent a megabyte at a time. Values are appended field by field; {@link #endRow()}
 * closes the row. Text is escaped as the format requires; nulls are {@code \N}.
 */
final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + 8192];
    private int length;

    CopyWriter(CopyManager copyManager, String tableAndColumns) throws SQLException {
        this.copy = copyManager.copyIn("COPY " + tableAndColumns + " FROM STDIN");
    }

    CopyWriter text(byte[] bytes, int offset, int count) {
        ensure(count * 2 + 1);
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            switch (b) {
                case '\\' -> { buffer[length++] = '\\'; buffer[length++] = '\\'; }
                case '\t' -> { buffer[length++] = '\\'; buffer[length++] = 't'; }
                case '\n' -> { buffer[length++] = '\\'; buffer[length++] = 'n'; }
                case '\r' -> { buffer[length++] = '\\'; buffer[length++] = 'r'; }
                default -> buffer[length++] = b;
            }
        }
        return separator();
    }

    CopyWriter text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return text(bytes, 0, bytes.length);
    }

    CopyWriter textOrNull(String value) {
        return value == null ? nul() : text(value);
    }

    CopyWriter number(long value) {
        ensure(21);
        if (value < 0) {
            buffer[length++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return separator();
    }

    CopyWriter date(int epochDay) {
        ensure(11);
        length = Fields.writeDate(epochDay, buffer, length);
        return separator();
    }

    /** A local date and time, read by PostgreSQL in the session's time zone. */
    CopyWriter dateTime(int epochDay, int minutes) {
        ensure(17);
        length = Fields.writeDate(epochDay, buffer, length);
        buffer[length++] = ' ';
        length = Fields.writeTime(minutes, buffer, length);
        return separator();
    }

    CopyWriter bool(boolean value) {
        ensure(2);
        buffer[length++] = (byte) (value ? 't' : 'f');
        return separator();
    }

    CopyWriter nul() {
        ensure(3);
        buffer[length++] = '\\';
        buffer[length++] = 'N';
        return separator();
    }

    void endRow() throws SQLException {
        buffer[length - 1] = '\n';
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    private CopyWriter separator() {
        buffer[length++] = '\t';
        return this;
    }

    private void ensure(int more) {
        if (length + more + 1 > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more + 1));
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    /** Ends the copy; returns the number of rows written. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
