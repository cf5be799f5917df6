package org.stepline.outcomes.internal;

import static org.stepline.outcomes.internal.Columns.bigint;
import static org.stepline.outcomes.internal.Columns.bool;
import static org.stepline.outcomes.internal.Columns.date;
import static org.stepline.outcomes.internal.Columns.integer;
import static org.stepline.outcomes.internal.Columns.real;
import static org.stepline.outcomes.internal.Columns.text;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.codes.TreatmentContacts;
import org.stepline.shared.sql.BinaryCopy;
import org.stepline.shared.sql.BinaryRows;
import org.stepline.shared.sql.LoadingTables;

/** Writes the outcomes module's own tables, {@code pathway_outcome} and {@code outcome_contact}. */
@Repository
class OutcomeStore {

    private static final Columns<PathwayOutcome> OUTCOME = new Columns<>(
            bigint("referral_id", PathwayOutcome::referralId),
            text("pathway_id", PathwayOutcome::pathwayId),
            text("data_source", PathwayOutcome::dataSource),
            bigint("team_id", PathwayOutcome::teamId),
            bigint("practitioner_id", PathwayOutcome::practitionerId),
            integer("step", "smallint[]", PathwayOutcome::step),
            date("received_on", PathwayOutcome::receivedOn),
            date("discharged_on", PathwayOutcome::dischargedOn),
            text("end_code", PathwayOutcome::endCode),
            bool("completed_treatment", PathwayOutcome::completedTreatment),
            integer("treatment_contacts", "integer[]", PathwayOutcome::treatmentContacts),
            bool("caseness_at_start", PathwayOutcome::casenessAtStart),
            bool("not_caseness", PathwayOutcome::notCaseness),
            bool("recovery", PathwayOutcome::recovery),
            bool("reliable_improvement", PathwayOutcome::reliableImprovement),
            bool("reliable_deterioration", PathwayOutcome::reliableDeterioration),
            bool("reliable_recovery", PathwayOutcome::reliableRecovery),
            text("treatment_mode", PathwayOutcome::treatmentMode),
            integer("first_treatment_wait_days", "integer[]", PathwayOutcome::firstTreatmentWaitDays),
            date("first_treatment_on", PathwayOutcome::firstTreatmentOn),
            date("second_treatment_on", PathwayOutcome::secondTreatmentOn),
            text("assessment_mode", PathwayOutcome::assessmentMode),
            real("telephone_share", PathwayOutcome::telephoneShare),
            text("anxiety_measure", PathwayOutcome::anxietyMeasure),
            integer("first_phq9", "smallint[]", PathwayOutcome::firstPhq9),
            integer("last_phq9", "smallint[]", PathwayOutcome::lastPhq9),
            integer("first_anxiety", "smallint[]", PathwayOutcome::firstAnxiety),
            integer("last_anxiety", "smallint[]", PathwayOutcome::lastAnxiety),
            bool("both_paired", PathwayOutcome::bothPaired),
            text("phq9_band", PathwayOutcome::phq9Band),
            text("anxiety_band", PathwayOutcome::anxietyBand),
            date("last_attended_on", PathwayOutcome::lastAttendedOn));

    private static final Columns<CareContact> CONTACT = new Columns<>(
            bigint("referral_id", CareContact::referralId), bigint("appointment_id", CareContact::appointmentId),
            date("contact_on", PathwayCalculator::dateOf),
                    text("mode", c -> c.mode().code()),
            text("attendance", c -> c.attendance().code()),
                    bool(
                            "treatment",
                            c -> TreatmentContacts.isTreatmentContact(c.type(), c.attendance(), c.unplanned())));

    private static final String UPSERT_OUTCOMES =
            OUTCOME.insertInto("pathway_outcome") + " on conflict (referral_id) do update set "
                    + OUTCOME.updateAllBut("referral_id") + ", computed_at = now()";
    private static final String UPSERT_CONTACTS = CONTACT.insertInto("outcome_contact")
            + " on conflict (referral_id, appointment_id) do update set "
            + CONTACT.updateAllBut("referral_id", "appointment_id");
    private static final String ADD_OUTCOMES = OUTCOME.insertInto("pathway_outcome") + " on conflict do nothing";
    private static final String ADD_CONTACTS = CONTACT.insertInto("outcome_contact") + " on conflict do nothing";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final LoadingTables loading;

    OutcomeStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.loading = new LoadingTables(jdbc);
    }

    /**
     * Makes the rows of a few pathways exactly the given ones. The old rows are deleted first, because they may be in
     * a rebuild's own tables ({@link Tables}), which the upsert's ON CONFLICT does not see; the upsert then settles
     * a race with {@link #addMissing} in the live tables.
     */
    void replace(Collection<Long> referralIds, List<PathwayOutcome> outcomes, List<CareContact> contacts) {
        Long[] ids = referralIds.toArray(Long[]::new);
        jdbc.sql("delete from outcome_contact where referral_id = any(?)")
                .param(ids)
                .update();
        jdbc.sql("delete from pathway_outcome where referral_id = any(?)")
                .param(ids)
                .update();
        write(UPSERT_CONTACTS, CONTACT, contacts);
        write(UPSERT_OUTCOMES, OUTCOME, outcomes);
    }

    /** Where a rebuild writes: the live tables, or tables of its own that inherit from them. */
    record Tables(String outcomes, String contacts) {

        static final Tables LIVE = new Tables("pathway_outcome", "outcome_contact");

        boolean live() {
            return equals(LIVE);
        }
    }

    /**
     * In a rebuild's transaction: fresh tables inheriting from the live ones, without indexes ({@link LoadingTables}).
     * Safe for outcome rows: they have no foreign keys, nothing refers to them, a pathway has its row in one table
     * only (the rebuild deleted its old rows first, and {@link #replace} deletes before it writes), and readers
     * query the live tables, which include the inheriting ones.
     */
    Tables loadingTables() {
        String suffix = "_load_"
                + jdbc.sql("select pg_current_xact_id()::text")
                        .query(String.class)
                        .single();
        var tables = new Tables(Tables.LIVE.outcomes() + suffix, Tables.LIVE.contacts() + suffix);
        loading.create(Tables.LIVE.outcomes(), tables.outcomes());
        loading.create(Tables.LIVE.contacts(), tables.contacts());
        return tables;
    }

    /** Once a rebuild's rows are written: the live tables' indexes, and statistics for the planner. */
    void finish(Tables tables) {
        if (!tables.live()) {
            loading.index(Tables.LIVE.outcomes(), tables.outcomes());
            // every rebuild writes pathways in ascending referral id, and each pathway's contacts with it
            loading.index(Tables.LIVE.contacts(), tables.contacts(), "referral_id", java.util.Set.of());
            LoadingTables.analyze(jdbc, tables.outcomes(), tables.contacts());
        }
    }

    /** A page of rows in COPY's binary format, made ready away from the database connection. */
    record Formatted(BinaryRows outcomes, BinaryRows contacts) {}

    /** Pure: no database, so any thread may format a page while another writes the one before. */
    Formatted format(OutcomeEngine.Computed page) {
        return new Formatted(OUTCOME.copyRows(page.outcomes()), CONTACT.copyRows(page.contacts()));
    }

    /** Writes rows for pathways whose rows have just been deleted (a rebuild), with COPY: the fastest way in. */
    void insert(Tables tables, Formatted rows) {
        copy(tables.contacts(), CONTACT, rows.contacts());
        copy(tables.outcomes(), OUTCOME, rows.outcomes());
    }

    private <T> void copy(String table, Columns<T> columns, BinaryRows rows) {
        if (rows.size() == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource); // the transaction's own connection
        try {
            BinaryCopy.copy(
                    connection.unwrap(PGConnection.class).getCopyAPI(), table + " (" + columns.names() + ")", rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Adds rows for pathways that have none yet, leaving any row an event has written since untouched. */
    void addMissing(List<PathwayOutcome> outcomes, List<CareContact> contacts) {
        write(ADD_CONTACTS, CONTACT, contacts);
        write(ADD_OUTCOMES, OUTCOME, outcomes);
    }

    private <T> void write(String sql, Columns<T> columns, List<T> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql(sql).params(columns.arrays(rows)).update();
        }
    }

    /** Which of these referrals already have a row. */
    java.util.Set<Long> existing(Collection<Long> referralIds) {
        return new java.util.HashSet<>(jdbc.sql("select referral_id from pathway_outcome where referral_id = any(?)")
                .param(referralIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** One pathway is recomputed by one transaction at a time, so that no recompute overwrites a newer one. */
    void lockPathway(long referralId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('pathway_outcome'), hashtext(?::text))")
                .param(referralId)
                .query((rs, n) -> 1)
                .list();
    }

    /** Other writers wait until the rebuild commits; readers go on reading the rows as they were. */
    void lockForRebuild() {
        jdbc.sql("lock table pathway_outcome, outcome_contact in exclusive mode")
                .update();
    }

    void deleteAll() {
        jdbc.sql("delete from outcome_contact").update();
        jdbc.sql("delete from pathway_outcome").update();
    }

    void deleteSource(String dataSource) {
        jdbc.sql(
                        "delete from outcome_contact c using pathway_outcome p where c.referral_id = p.referral_id and p.data_source = ?")
                .param(dataSource)
                .update();
        jdbc.sql("delete from pathway_outcome where data_source = ?")
                .param(dataSource)
                .update();
    }

    /** The highest referral id up to which every referral has a row; locked until the transaction ends. */
    long seenReferralIdForUpdate() {
        return jdbc.sql("select seen_referral_id from outcome_progress for update")
                .query(Long.class)
                .single();
    }

    void seenReferralId(long referralId) {
        jdbc.sql("update outcome_progress set seen_referral_id = greatest(seen_referral_id, ?)")
                .param(referralId)
                .update();
    }
}
