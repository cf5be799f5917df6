package org.stepline.datasets.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where an import's care contacts and assessments go: a fresh table of the import's own that inherits from
 * {@code appointment} (or {@code measure_administration}), created in the import's transaction. Every query on
 * the parent table reads the inheriting tables' rows too (PostgreSQL table inheritance), so imported rows are seen
 * by every page, report and export exactly as before; updates and deletes through the parent reach them too.
 * <p>
 * Why: copying millions of rows into the live table means updating each of its indexes row by row, which was
 * half of a national import's time. A fresh table is copied into without indexes, then each of the parent's
 * indexes is built on it at once, by sorting: several times faster. Nothing on the live tables is locked beyond
 * what any insert takes (plus a SHARE UPDATE EXCLUSIVE lock on the parent, which only VACUUM, ANALYZE and schema
 * changes wait for), and until the import commits no other session can see the new tables.
 * <p>
 * What it costs (see docs/decisions.md): PostgreSQL foreign keys neither come with inheritance nor see rows of an
 * inheriting table. The imported rows' own references are sound by construction and the rows they refer to are
 * locked until the commit ({@link ForeignKeyChecks}); but a row elsewhere cannot be made to refer to an imported
 * contact (a call attempt, a questionnaire request or a score recorded against it is refused by the database).
 * Imported contacts are past contacts of another record system, so nothing in Stepline records against them.
 */
final class ImportTables {

    static final String CONTACTS = "appointment";
    static final String ASSESSMENTS = "measure_administration";

    private final JdbcClient jdbc;

    ImportTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of the import's own table for {@code parent}; {@code firstId} (its first reserved id) tells imports apart. */
    static String of(String parent, long firstId) {
        return firstId == 0 ? parent : parent + "_import_" + firstId;
    }

    /** In the import's transaction: a table with the parent's columns, checks and defaults, without indexes. */
    void create(String parent, String table) {
        if (!table.equals(parent)) {
            jdbc.sql("create table " + table + " () inherits (" + parent + ")").update();
        }
    }

    /** Builds on {@code table} every index the parent has, after the rows are in. */
    void index(String parent, String table) {
        if (table.equals(parent)) {
            return;
        }
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        for (String definition : indexDefinitions(parent)) {
            jdbc.sql(onTable(definition, table)).update();
        }
    }

    private List<String> indexDefinitions(String parent) {
        return jdbc.sql("select pg_get_indexdef(indexrelid) from pg_index where indrelid = ?::regclass order by indexrelid")
                .param(parent).query(String.class).list();
    }

    /** "CREATE UNIQUE INDEX name ON public.parent USING btree (id)" for {@code table}, named by PostgreSQL. */
    static String onTable(String definition, String table) {
        int using = definition.indexOf(" USING ");
        String unique = definition.startsWith("CREATE UNIQUE ") ? "unique " : "";
        return "create " + unique + "index on " + table + definition.substring(using);
    }
}
