package org.stepline.shared.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows a module loads into one of its own tables in bulk (its bulk-load port: imports and the demo service
 * reach a module's tables only this way), streamed with binary COPY ({@link BinaryCopy}) in the caller's
 * transaction. The owner names its columns as an enum whose constants are the columns' names, and gives each a
 * {@link BulkValue}; the caller chooses the columns it fills (the others keep their defaults), sets a row's
 * values through the owner's typed setters and adds it.
 */
public abstract class BulkRows<C extends Enum<C>> implements AutoCloseable {

    private final CopyManager copyManager;
    private final String table;
    private final Class<C> type;
    private final Set<C> columns;
    private @Nullable BulkValue[] written;
    private final List<BulkValue> leftOut = new ArrayList<>();
    private @Nullable BinaryCopy copy;

    /** Rows into {@code table}'s chosen {@code columns}; the COPY starts with the first row. */
    protected BulkRows(CopyManager copyManager, String table, Class<C> type, Set<C> columns) {
        this.copyManager = copyManager;
        this.table = table;
        this.type = type;
        this.columns = columns;
    }

    /** The holder of a column's value in the row being made. */
    protected abstract BulkValue value(C column);

    /** Writes the row whose values were set, then clears them for the next. */
    public final void add() throws SQLException {
        var out = copy == null ? start() : copy;
        var row = out.row();
        for (BulkValue value : java.util.Objects.requireNonNull(written)) {
            value.writeTo(row);
            value.clear();
        }
        out.endRow();
    }

    private BinaryCopy start() throws SQLException {
        var chosen = EnumSet.noneOf(type);
        chosen.addAll(columns);
        var names = new StringJoiner(", ", table + " (", ")");
        var values = new BulkValue[chosen.size()];
        int i = 0;
        for (C column : chosen) {
            names.add(column.name().toLowerCase(Locale.ROOT));
            values[i++] = value(column);
        }
        for (C column : EnumSet.complementOf(chosen)) {
            leftOut.add(value(column));
        }
        refuseValuesLeftOut();
        written = values;
        copy = new BinaryCopy(copyManager, names.toString());
        return copy;
    }

    /** A value set for a column the caller did not choose would be lost without a word: a mistake in the caller. */
    private void refuseValuesLeftOut() {
        for (BulkValue value : leftOut) {
            if (value.isSet()) {
                throw new IllegalStateException("A value was set for a column not chosen for this load of " + table);
            }
        }
    }

    /** Ends the load; returns the number of rows written. */
    public final long finish() throws SQLException {
        return copy == null ? 0 : copy.finish();
    }

    @Override
    public final void close() throws SQLException {
        if (copy != null) {
            copy.close();
        }
    }

    /**
     * COPY on the connection of the caller's transaction, which must be under way: a bulk load is all or nothing
     * with the rest of the caller's work.
     */
    public static CopyManager inTransaction(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A bulk load runs in its caller's transaction, and there is none");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException("The database connection does not offer COPY", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource); // still held by the transaction
        }
    }
}
