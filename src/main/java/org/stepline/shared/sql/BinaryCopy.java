package org.stepline.shared.sql;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into a table with {@code COPY … FROM STDIN (FORMAT binary)}: append a row's values to {@link #row()},
 * then {@link #endRow()}. Full megabytes are handed to a sender thread, so that the caller goes on making rows while
 * the server takes the ones before (without it, each waited for the other about a quarter of the time). Only the
 * sender touches the connection until {@link #finish()} returns. See {@link BinaryRows} for the format.
 */
public final class BinaryCopy implements AutoCloseable {

    private static final int SEND_AT = 1 << 20;
    private static final int BUFFERS = 6;
    private static final BinaryRows NO_MORE = new BinaryRows(0);

    private final CopyIn copy;
    private final BlockingQueue<BinaryRows> toSend = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<BinaryRows> free = new ArrayBlockingQueue<>(BUFFERS);
    private final Thread sender;
    private volatile Exception failure;
    private BinaryRows rows = new BinaryRows(SEND_AT + (SEND_AT >> 2));

    public BinaryCopy(CopyManager copyManager, String tableAndColumns) throws SQLException {
        this.copy = copyManager.copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT binary)");
        rows.header();
        for (int i = 1; i < BUFFERS; i++) {
            free.add(new BinaryRows(SEND_AT + (SEND_AT >> 2)));
        }
        this.sender = Thread.ofPlatform().daemon().name("copy-sender").start(this::send);
    }

    /** Writes a whole page of rows (without header or trailer) in one COPY, on the calling thread. */
    public static long copy(CopyManager copyManager, String tableAndColumns, BinaryRows page) throws SQLException {
        CopyIn copy = copyManager.copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT binary)");
        try {
            var header = new BinaryRows(32).header();
            copy.writeToCopy(header.bytes(), 0, header.size());
            copy.writeToCopy(page.bytes(), 0, page.size());
            var trailer = new BinaryRows(8).trailer();
            copy.writeToCopy(trailer.bytes(), 0, trailer.size());
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    public BinaryRows row() {
        return rows;
    }

    public void endRow() throws SQLException {
        rows.endRow();
        if (rows.size() >= SEND_AT) {
            hand(rows);
            rows = take(free);
        }
    }

    /** Ends the copy; returns the number of rows written. */
    public long finish() throws SQLException {
        rows.trailer();
        hand(rows);
        hand(NO_MORE);
        join();
        throwIfFailed();
        return copy.endCopy();
    }

    private void send() {
        try {
            for (var buffer = toSend.take(); buffer != NO_MORE; buffer = toSend.take()) {
                copy.writeToCopy(buffer.bytes(), 0, buffer.size());
                buffer.clear();
                free.put(buffer);
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
            toSend.clear(); // the writer may be waiting for room, or for a free buffer
            free.offer(new BinaryRows(SEND_AT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(BinaryRows buffer) throws SQLException {
        throwIfFailed();
        try {
            toSend.put(buffer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while copying rows", e);
        }
    }

    private BinaryRows take(BlockingQueue<BinaryRows> queue) throws SQLException {
        try {
            var taken = queue.take();
            throwIfFailed();
            return taken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while copying rows", e);
        }
    }

    private void join() throws SQLException {
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while copying rows", e);
        }
    }

    private void throwIfFailed() throws SQLException {
        if (failure instanceof SQLException sql) {
            throw sql;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    @Override
    public void close() throws SQLException {
        if (sender.isAlive()) {
            sender.interrupt();
            join();
        }
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
