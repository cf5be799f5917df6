package org.stepline.datasets.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk loading without per-row foreign-key checks, as {@code pg_restore --disable-triggers} does. PostgreSQL checks
 * each foreign key of each copied row with a trigger, one index lookup at a time; for an extract that is about half
 * of the whole import's time. An import knows its references are sound by construction: each refers either to a
 * row written in the same transaction (ids reserved beforehand) or to a row that already existed (team, patients
 * of an earlier import, staff found by professional id). So within the import's transaction only, when allowed:
 * <ul>
 * <li>the rows that already existed are locked {@code FOR KEY SHARE}, exactly as the foreign-key triggers would
 * lock them, so that nobody can delete them before the import commits;</li>
 * <li>then {@code session_replication_role} is set to {@code replica} ({@code SET LOCAL}: it ends with the
 * transaction), which skips the per-row checks of this session only. Constraints stay defined and every other
 * session, and every later write, is checked as before. Unique indexes still apply.</li>
 * </ul>
 * The care contacts and assessments go to tables of the import's own ({@link ImportTables}), which have no
 * foreign keys at all; so the existing rows they refer to are locked in every case.
 * <p>
 * It is allowed only for a superuser (the embedded database's user is one) and only when no table written has a
 * trigger of its own, which {@code replica} would also skip. Otherwise the rows are checked one by one, which is
 * correct, just slower.
 */
final class ForeignKeyChecks {

    private static final List<String> TABLES = List.of("patient", "referral", "appointment", "measure_administration");

    private final JdbcClient jdbc;

    ForeignKeyChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the import's transaction: locks the existing rows referred to and skips per-row checks, when safe. */
    boolean skipIfSafe(long teamId, long[] existingPatientIds) {
        // Always: the import's own contact and assessment tables have no foreign keys to take these locks.
        jdbc.sql("select id from team where id = ? for key share").param(teamId).query(Long.class).list();
        lock("patient", existingPatientIds);
        if (!allowed()) {
            return false;
        }
        jdbc.sql("set local session_replication_role = replica").update();
        return true;
    }

    /** The accounts the care contacts refer to, once they are known (accounts made in the transaction need none). */
    void lockStaff(ImportAccounts.Staff staff) {
        lock("staff_user", Arrays.stream(staff.practitionerIds()).filter(id -> id > 0).toArray());
    }

    private boolean allowed() {
        boolean superuser = "on".equals(jdbc.sql("select current_setting('is_superuser')").query(String.class).single());
        long ownTriggers = jdbc.sql("""
                select count(*) from pg_trigger
                where tgrelid = any(array[%s]::regclass[]) and not tgisinternal"""
                .formatted(String.join(", ", TABLES.stream().map(t -> "'" + t + "'").toList())))
                .query(Long.class).single();
        return superuser && ownTriggers == 0;
    }

    /** Locks the rows with these ids (ids of rows not written yet are simply not found). */
    private void lock(String table, long[] ids) {
        for (int from = 0; from < ids.length; from += 50_000) {
            Long[] batch = Arrays.stream(ids, from, Math.min(ids.length, from + 50_000)).boxed().toArray(Long[]::new);
            jdbc.sql("select count(*) from (select id from " + table + " where id = any(?) for key share) locked")
                    .param(batch).query(Long.class).single();
        }
    }
}
