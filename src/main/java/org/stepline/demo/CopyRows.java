package org.stepline.demo;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY … FROM STDIN} in its text format, a megabyte at a time.
 * Values are written with {@code toString()} (dates and instants in ISO form, which PostgreSQL reads), booleans as
 * {@code t}/{@code f} and nulls as {@code \N}.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

    CopyRows(CopyManager copyManager, String tableAndColumns) throws SQLException {
        this.copy = copyManager.copyIn("COPY " + tableAndColumns + " FROM STDIN");
    }

    void row(@Nullable Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void append(@Nullable Object value) {
        switch (value) {
            case null -> buffer.append("\\N");
            case Boolean b -> buffer.append(b ? 't' : 'f');
            case String s -> escape(s);
            default -> buffer.append(value);
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Ends the copy; returns the number of rows written. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons a copy that was not finished (the transaction is then rolled back by the caller's failure). */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
