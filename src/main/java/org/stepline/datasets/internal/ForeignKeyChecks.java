package org.stepline.datasets.internal;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows that existed before an import and that its rows refer to, locked {@code FOR KEY SHARE} in the import's
 * transaction, exactly as PostgreSQL's foreign-key triggers lock them, so that nobody can delete them before the
 * import commits. The care contacts and assessments go to tables of the import's own ({@link org.stepline.scheduling.AppointmentBulkLoad}),
 * which have no foreign keys at all, so these locks are all that guards their references. The import's rows in
 * the live tables (patients, referrals) are checked by their foreign keys, row by row, as any other write: nothing
 * is switched off (no {@code session_replication_role}, which would need a superuser; docs/decisions.md).
 */
final class ForeignKeyChecks {

    private final JdbcClient jdbc;

    ForeignKeyChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the import's transaction: locks the team and the existing patients referred to. */
    void lockExisting(long teamId, long[] existingPatientIds) {
        jdbc.sql("select id from team where id = ? for key share")
                .param(teamId)
                .query(Long.class)
                .list();
        lock("patient", existingPatientIds);
    }

    /** The accounts the care contacts refer to, once they are known (accounts made in the transaction need none). */
    void lockStaff(ImportAccounts.Staff staff) {
        lock(
                "staff_user",
                Arrays.stream(staff.practitionerIds()).filter(id -> id > 0).toArray());
    }

    /** Locks the rows with these ids (ids of rows not written yet are simply not found). */
    private void lock(String table, long[] ids) {
        for (int from = 0; from < ids.length; from += 50_000) {
            Long[] batch = Arrays.stream(ids, from, Math.min(ids.length, from + 50_000))
                    .boxed()
                    .toArray(Long[]::new);
            jdbc.sql("select count(*) from (select id from " + table + " where id = any(?) for key share) locked")
                    .param(batch)
                    .query(Long.class)
                    .single();
        }
    }
}
