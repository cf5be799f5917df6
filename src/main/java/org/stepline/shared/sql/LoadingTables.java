package org.stepline.shared.sql;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk loading beside a live table without locking it: a fresh table that inherits from the live one (PostgreSQL
 * table inheritance), created in the loading transaction, copied into without indexes, then given every index of
 * the live table at once, built by sorting. Every query, update and delete on the live table reaches the rows of
 * the inheriting tables too. Building an index after the copy is several times faster than updating it row by row,
 * and the live table is locked no more than by any insert (plus SHARE UPDATE EXCLUSIVE, which only VACUUM, ANALYZE
 * and schema changes wait for). Until the transaction commits, no other session sees the new table.
 * <p>
 * What it costs: foreign keys neither come with inheritance nor see an inheriting table's rows; unique indexes hold
 * within each table only; and INSERT … ON CONFLICT on the live table does not see the inheriting tables' rows.
 * Each user of this says why that is safe for its rows.
 */
public final class LoadingTables {

    private final JdbcClient jdbc;

    public LoadingTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In the loading transaction: a table with {@code live}'s columns, checks and defaults, without indexes. It is
     * made (and indexed) by the owner role's function {@code loading_table_create} (V17): Stepline's application
     * role owns no table, and only a table's owner may inherit from it.
     */
    public void create(String live, String table) {
        jdbc.sql("select loading_table_create(?::regclass, ?)")
                .params(live, table)
                .query()
                .singleRow();
    }

    /** Builds on {@code table} every index {@code live} has, once its rows are in. */
    public void index(String live, String table) {
        index(live, table, null, Set.of());
    }

    /**
     * Builds on {@code table} the indexes of {@code live}, once its rows are in, but for those named in
     * {@code leftOut} (the caller says why none of its rows would be in them). A B-tree index led by
     * {@code ascendingColumn}, a column the rows were copied in ascending order of, is built as a BRIN index on that
     * column: a few kilobytes that point a lookup at the right 32 pages, built by one read of the table instead of
     * a sort (several seconds per ten million rows). Uniqueness is then the caller's to guarantee, as it already is
     * across the live table and its heirs.
     */
    public void index(String live, String table, @Nullable String ascendingColumn, Set<String> leftOut) {
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        for (var index : indexes(live)) {
            if (leftOut.contains(index.name())) {
                continue;
            }
            String firstColumn = firstBtreeColumn(index.definition());
            boolean brin = firstColumn != null && firstColumn.equals(ascendingColumn);
            jdbc.sql("select loading_table_index(?::regclass, ?::regclass, ?, ?)")
                    .params(live, table, index.name(), brin ? firstColumn : null)
                    .query()
                    .singleRow();
        }
    }

    private record Index(String name, String definition) {}

    private List<Index> indexes(String live) {
        return jdbc.sql("""
                select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid = ?::regclass order by i.indexrelid""")
                .param(live)
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The first column of a plain B-tree index ("… USING btree (referral_id, …)"), or null for any other. */
    static @Nullable String firstBtreeColumn(String definition) {
        String btree = " USING btree (";
        int at = definition.indexOf(btree);
        if (at < 0 || definition.contains(" WHERE ")) {
            return null;
        }
        int from = at + btree.length();
        int to = from;
        while (to < definition.length()
                && (Character.isLetterOrDigit(definition.charAt(to)) || definition.charAt(to) == '_')) {
            to++;
        }
        char next = to < definition.length() ? definition.charAt(to) : ')';
        return to > from && (next == ',' || next == ')') ? definition.substring(from, to) : null;
    }

    /** Fresh planner statistics for tables just loaded, through the owner role's {@code analyze_tables} (V17). */
    public static void analyze(JdbcClient jdbc, String... tables) {
        jdbc.sql("select analyze_tables(?::regclass[])").param(tables).query().singleRow();
    }
}
