package org.stepline.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.shared.codes.ReferralStage;

/**
 * The referral and referral_stage_change tables. A referral made in Stepline gets the pathway id {@code SL} followed
 * by the next number of the {@code referral_pathway_number} sequence (SL100001, SL100002, ...): unique, never
 * reused, and easy to read out on the phone. Imported referrals keep the pathway id of their source.
 */
@Repository
class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a referral awaiting assessment since the day it was received, and notes that stage. */
    Referral open(long patientId, long teamId, NewReferral r, @Nullable Long changedBy) {
        var referral = jdbc.sql("""
                insert into referral (pathway_id, patient_id, team_id, source_code, received_date, presenting_problem,
                    step, practitioner_id, stage, stage_entered_on)
                values ('SL' || nextval('referral_pathway_number'), ?, ?, ?, ?, ?, ?, ?, 'AWAITING_ASSESSMENT', ?)
                returning id, pathway_id, patient_id, received_date, stage, stage_entered_on, discharge_date, end_code""")
                .params(
                        patientId,
                        teamId,
                        r.sourceCode(),
                        r.receivedDate(),
                        r.presentingProblem(),
                        r.step(),
                        r.practitionerId(),
                        r.receivedDate())
                .query(ReferralStore::map)
                .single();
        noteStage(referral, changedBy);
        return referral;
    }

    /** The referral, locked until the end of the transaction so that two changes cannot cross. */
    Optional<Referral> lock(long referralId) {
        return jdbc.sql("""
                select id, pathway_id, patient_id, received_date, stage, stage_entered_on, discharge_date, end_code
                from referral where id = ? for update""").param(referralId).query(ReferralStore::map).optional();
    }

    /** Who holds a referral: what a reallocation reads and changes. */
    record Holding(
            long id,
            String pathwayId,
            long patientId,
            long teamId,
            @Nullable Long practitionerId,
            ReferralStage stage) {}

    private static final String HOLDING =
            "select id, pathway_id, patient_id, team_id, practitioner_id, stage from referral";

    /** The referral's holder, locked until the end of the transaction. */
    Optional<Holding> lockHolding(long referralId) {
        return jdbc.sql(HOLDING + " where id = ? for update")
                .param(referralId)
                .query(ReferralStore::holding)
                .optional();
    }

    /** The open referrals a practitioner holds in a team, locked, in id order. */
    java.util.List<Holding> lockOpenHeldBy(long practitionerId, long teamId) {
        return jdbc.sql(HOLDING + " where practitioner_id = ? and team_id = ? and stage <> 'DISCHARGED'"
                        + " order by id for update")
                .params(practitionerId, teamId)
                .query(ReferralStore::holding)
                .list();
    }

    void assign(long referralId, long practitionerId) {
        jdbc.sql("update referral set practitioner_id = ? where id = ?")
                .params(practitionerId, referralId)
                .update();
    }

    private static Holding holding(ResultSet rs, int row) throws SQLException {
        return new Holding(
                rs.getLong("id"),
                rs.getString("pathway_id"),
                rs.getLong("patient_id"),
                rs.getLong("team_id"),
                rs.getObject("practitioner_id", Long.class),
                ReferralStage.valueOf(rs.getString("stage")));
    }

    /** Saves a new stage (and discharge details, if any) and notes the stage in the referral's history. */
    void save(Referral referral, @Nullable Long changedBy) {
        jdbc.sql("""
                update referral set stage = ?, stage_entered_on = ?, discharge_date = ?, end_code = ? where id = ?""")
                .params(
                        referral.stage().name(),
                        referral.stageEnteredOn(),
                        referral.dischargeDate(),
                        referral.endCode(),
                        referral.id())
                .update();
        noteStage(referral, changedBy);
    }

    private void noteStage(Referral referral, @Nullable Long changedBy) {
        jdbc.sql("insert into referral_stage_change (referral_id, stage, entered_on, changed_by) values (?, ?, ?, ?)")
                .params(referral.id(), referral.stage().name(), referral.stageEnteredOn(), changedBy)
                .update();
    }

    private static Referral map(ResultSet rs, int row) throws SQLException {
        return new Referral(
                rs.getLong("id"),
                rs.getString("pathway_id"),
                rs.getLong("patient_id"),
                rs.getObject("received_date", LocalDate.class),
                ReferralStage.valueOf(rs.getString("stage")),
                rs.getObject("stage_entered_on", LocalDate.class),
                rs.getObject("discharge_date", LocalDate.class),
                rs.getString("end_code"));
    }
}
