package org.stepline.shared.sql;

import java.util.List;

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

    /** In the loading transaction: a table with {@code live}'s columns, checks and defaults, without indexes. */
    public void create(String live, String table) {
        jdbc.sql("create table " + table + " () inherits (" + live + ")").update();
    }

    /** Builds on {@code table} every index {@code live} has, once its rows are in. */
    public void index(String live, String table) {
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        for (String definition : indexDefinitions(live)) {
            jdbc.sql(onTable(definition, table)).update();
        }
    }

    private List<String> indexDefinitions(String live) {
        return jdbc.sql("select pg_get_indexdef(indexrelid) from pg_index where indrelid = ?::regclass order by indexrelid")
                .param(live).query(String.class).list();
    }

    /** "CREATE UNIQUE INDEX name ON public.live USING btree (id)" for {@code table}, the name left to PostgreSQL. */
    static String onTable(String definition, String table) {
        int using = definition.indexOf(" USING ");
        String unique = definition.startsWith("CREATE UNIQUE ") ? "unique " : "";
        return "create " + unique + "index on " + table + definition.substring(using);
    }
}
