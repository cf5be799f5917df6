package org.stepline.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questionnaire_request table. */
@Repository
class RequestStore {

    private static final String SELECT = """
            select id, patient_id, referral_id, appointment_id, team_id, instruments, status, send_after, channel,
                   issued_at, expires_at, failed_birth_dates, completed_at, created_at
            from questionnaire_request""";

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(MeasureTarget target, List<String> instruments, @Nullable Instant sendAfter, @Nullable Long createdBy) {
        return jdbc.sql("""
                insert into questionnaire_request (patient_id, referral_id, appointment_id, team_id, instruments,
                    send_after, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        target.patientId(),
                        target.referralId(),
                        target.appointmentId(),
                        target.teamId(),
                        instruments.toArray(String[]::new),
                        utc(sendAfter),
                        createdBy)
                .query(Long.class)
                .single();
    }

    /**
     * The appointment's requests still waiting to be sent are to be sent from {@code sendAfter} instead (it moved);
     * returns how many. One already sent keeps its link, which works until it expires.
     */
    int retimeScheduled(long appointmentId, Instant sendAfter) {
        return jdbc.sql("""
                update questionnaire_request set send_after = ?
                where appointment_id = ? and status = 'SCHEDULED' and send_after is not null""").params(utc(sendAfter), appointmentId).update();
    }

    /** Gives a scheduled request its link. Returns false if it was revoked or issued meanwhile. */
    boolean issue(long id, byte[] tokenHash, Instant issuedAt, Instant expiresAt, String channel) {
        return jdbc.sql("""
                update questionnaire_request set token_hash = ?, issued_at = ?, expires_at = ?, channel = ?,
                    status = 'ISSUED' where id = ? and status = 'SCHEDULED'""")
                        .params(tokenHash, utc(issuedAt), utc(expiresAt), channel, id)
                        .update()
                == 1;
    }

    Optional<QuestionnaireRequest> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(RequestStore::map)
                .optional();
    }

    Optional<QuestionnaireRequest> findByTokenHash(byte[] hash) {
        return jdbc.sql(SELECT + " where token_hash = ?")
                .param(hash)
                .query(RequestStore::map)
                .optional();
    }

    List<QuestionnaireRequest> forPatient(long patientId) {
        return jdbc.sql(SELECT + " where patient_id = ? order by created_at desc, id desc")
                .param(patientId)
                .query(RequestStore::map)
                .list();
    }

    /** Counts a wrong date of birth and locks the link at the limit; returns the tries made so far. */
    int recordWrongBirthDate(long id, int limit) {
        return jdbc.sql("""
                update questionnaire_request set failed_birth_dates = failed_birth_dates + 1,
                    status = case when failed_birth_dates + 1 >= ? then 'LOCKED' else status end
                where id = ? and status = 'ISSUED' returning failed_birth_dates""").params(limit, id).query(Integer.class).optional().orElse(limit);
    }

    /** Marks the link used; false if another submission got there first, so answers are never stored twice. */
    boolean complete(long id, Instant at) {
        return jdbc.sql(
                                "update questionnaire_request set status = 'COMPLETED', completed_at = ? where id = ? and status = 'ISSUED'")
                        .params(utc(at), id)
                        .update()
                == 1;
    }

    boolean revoke(long id, long staffId) {
        return jdbc.sql("""
                update questionnaire_request set status = 'REVOKED', revoked_at = now(), revoked_by = ?
                where id = ? and status in ('SCHEDULED', 'ISSUED')""").params(staffId, id).update() == 1;
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static QuestionnaireRequest map(ResultSet rs, int row) throws SQLException {
        return new QuestionnaireRequest(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                rs.getLong("referral_id"),
                rs.getObject("appointment_id", Long.class),
                rs.getLong("team_id"),
                Arrays.asList((String[]) rs.getArray("instruments").getArray()),
                rs.getString("status"),
                instant(rs, "send_after"),
                rs.getString("channel"),
                instant(rs, "issued_at"),
                instant(rs, "expires_at"),
                rs.getInt("failed_birth_dates"),
                instant(rs, "completed_at"),
                instant(rs, "created_at"));
    }
}
