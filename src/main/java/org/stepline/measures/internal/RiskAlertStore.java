package org.stepline.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.measures.RiskAlert;

/** The risk_alert table. Acknowledging is the only change an alert ever has. */
@Repository
class RiskAlertStore {

    private static final String SELECT = """
            select r.id, r.patient_id, r.referral_id, r.team_id, r.reason, r.raised_at, r.acknowledged_at,
                   r.acknowledged_by, r.acknowledgement, r.self_referral_id
            from risk_alert r""";

    private final JdbcClient jdbc;

    RiskAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(RiskAlert alert, long teamId, Long acknowledgedById) {}

    long raise(long patientId, long referralId, long teamId, long administrationId, String reason) {
        return jdbc.sql("""
                insert into risk_alert (patient_id, referral_id, team_id, administration_id, reason)
                values (?, ?, ?, ?, ?) returning id""")
                .params(patientId, referralId, teamId, administrationId, reason)
                .query(Long.class)
                .single();
    }

    /** An alert for a self-referral not yet triaged: on the team's page now, joined to the patient at triage. */
    long raiseForSelfReferral(long teamId, long selfReferralId, String reason) {
        return jdbc.sql("insert into risk_alert (team_id, self_referral_id, reason) values (?, ?, ?) returning id")
                .params(teamId, selfReferralId, reason)
                .query(Long.class)
                .single();
    }

    /** The self-referral's alerts, acknowledged or not, now belong to the patient and referral triage joined it to. */
    int joinToPatient(long selfReferralId, long patientId, long referralId) {
        return jdbc.sql(
                        "update risk_alert set patient_id = ?, referral_id = ? where self_referral_id = ? and patient_id is null")
                .params(patientId, referralId, selfReferralId)
                .update();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(RiskAlertStore::row)
                .optional();
    }

    /** Returns false when someone else acknowledged it first. */
    boolean acknowledge(long id, long staffId, String note) {
        return jdbc.sql("""
                update risk_alert set acknowledged_at = now(), acknowledged_by = ?, acknowledgement = ?
                where id = ? and acknowledged_at is null""").params(staffId, note, id).update() == 1;
    }

    List<Row> openFor(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.patient_id = any(?) and r.acknowledged_at is null order by r.raised_at")
                .param(patientIds.toArray(Long[]::new))
                .query(RiskAlertStore::row)
                .list();
    }

    List<Row> forPatient(long patientId) {
        return jdbc.sql(SELECT + " where r.patient_id = ? order by r.raised_at desc")
                .param(patientId)
                .query(RiskAlertStore::row)
                .list();
    }

    List<Row> openInTeam(long teamId) {
        return jdbc.sql(SELECT + " where r.team_id = ? and r.acknowledged_at is null order by r.raised_at")
                .param(teamId)
                .query(RiskAlertStore::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        Long by = rs.getObject("acknowledged_by", Long.class);
        var alert = new RiskAlert(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                rs.getLong("referral_id"),
                rs.getString("reason"),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                acknowledged == null ? null : acknowledged.toInstant(),
                null,
                rs.getString("acknowledgement"),
                rs.getObject("self_referral_id", Long.class));
        return new Row(alert, rs.getLong("team_id"), by);
    }
}
