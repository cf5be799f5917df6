package org.stepline.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * Reads the audit chain in chain order, on the connection given (in a transaction, so that rows stream): every
 * link by position, with its entry or none, then every entry without a link, saying whether it is waiting for its
 * link (V84). Content as the link's hash was made from it: the entry as JSON without empty columns, times in UTC
 * (db/migration V17).
 */
final class ChainRows {

    private static final String SQL_BEFORE_V84 = """
            select c.position, c.event_id, c.previous_hash, c.hash, c.chained_at, e.id,
                   jsonb_strip_nulls(to_jsonb(e))::text, false
            from audit_chain c full join only audit_event e on e.id = c.event_id
            order by c.position nulls last, e.id""";

    private static final String SQL = """
            select c.position, c.event_id, c.previous_hash, c.hash, c.chained_at, e.id,
                   jsonb_strip_nulls(to_jsonb(e))::text, p.event_id is not null
            from audit_chain c full join only audit_event e on e.id = c.event_id
                 left join audit_pending p on p.event_id = e.id
            order by c.position nulls last, e.id""";

    private ChainRows() {}

    /** Hands each row to {@code sink} until it returns false. */
    static void read(Connection connection, Predicate<ChainCheck.Row> sink) throws SQLException {
        try (var timezone = connection.createStatement()) {
            timezone.execute("set local timezone = 'UTC'");
        }
        try (var statement = connection.prepareStatement(hasWaitingEntries(connection) ? SQL : SQL_BEFORE_V84)) {
            statement.setFetchSize(10_000);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    var chainedAt = rs.getObject(5, OffsetDateTime.class);
                    var row = new ChainCheck.Row(
                            rs.getObject(1, Long.class),
                            rs.getObject(2, Long.class),
                            rs.getBytes(3),
                            rs.getBytes(4),
                            chainedAt == null ? null : chainedAt.toInstant(),
                            rs.getObject(6, Long.class),
                            rs.getString(7),
                            rs.getBoolean(8));
                    if (!sink.test(row)) {
                        return;
                    }
                }
            }
        }
    }

    /** False on a schema restored at a version before V84, where every entry was linked as it committed. */
    static boolean hasWaitingEntries(Connection connection) throws SQLException {
        try (var s = connection.createStatement();
                var rs = s.executeQuery("select to_regclass('audit_pending') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
