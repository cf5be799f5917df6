package org.stepline.shared.sql;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into a table with {@code COPY … FROM STDIN (FORMAT binary)}: append a row's values to {@link #row()},
 * then {@link #endRow()}; the rows are sent a megabyte at a time. See {@link BinaryRows} for the format.
 */
public final class BinaryCopy implements AutoCloseable {

    private static final int SEND_AT = 1 << 20;

    private final CopyIn copy;
    private final BinaryRows rows = new BinaryRows(SEND_AT + (SEND_AT >> 2));

    public BinaryCopy(CopyManager copyManager, String tableAndColumns) throws SQLException {
        this.copy = copyManager.copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT binary)");
        rows.header();
    }

    /** Writes a whole page of rows (without header or trailer) in one COPY; returns the number of rows. */
    public static long copy(CopyManager copyManager, String tableAndColumns, BinaryRows page) throws SQLException {
        try (var copy = new BinaryCopy(copyManager, tableAndColumns)) {
            copy.send();
            copy.copy.writeToCopy(page.bytes(), 0, page.size());
            return copy.finish();
        }
    }

    public BinaryRows row() {
        return rows;
    }

    public void endRow() throws SQLException {
        rows.endRow();
        if (rows.size() >= SEND_AT) {
            send();
        }
    }

    private void send() throws SQLException {
        if (rows.size() > 0) {
            copy.writeToCopy(rows.bytes(), 0, rows.size());
            rows.clear();
        }
    }

    /** Ends the copy; returns the number of rows written. */
    public long finish() throws SQLException {
        rows.trailer();
        send();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
