package org.stepline.shared.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Takes a block of consecutive ids from a table's identity sequence, so that rows written with COPY can carry their
 * ids and refer to each other. The block is taken in a short transaction of its own, by the owner role's function
 * {@code reserve_ids} (V17; the application role may not alter a sequence): its ALTER SEQUENCE makes every
 * other session's nextval wait for those few milliseconds, so no id in the block can be handed out twice, even
 * while a Stepline server keeps working on the same database. Ids of an import that then fails are simply unused.
 */
public final class IdBlocks {

    private final DataSource dataSource;

    public IdBlocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first id of {@code count} consecutive ids reserved in {@code table}'s sequence (0 when count is 0). */
    public long reserve(String table, long count) {
        if (count == 0) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement("select reserve_ids(?::regclass, ?)")) {
                statement.setString(1, table);
                statement.setLong(2, count);
                long first;
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    first = rs.getLong(1);
                }
                connection.commit();
                return first;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reserve ids in " + table + ": " + e.getMessage(), e);
        }
    }
}
