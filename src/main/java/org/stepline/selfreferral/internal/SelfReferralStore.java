package org.stepline.selfreferral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

/** The self_referral and self_referral_answer tables. */
@Repository
class SelfReferralStore {

    private static final String SELECT = """
            select id, team_id, submitted_at, given_name, family_name, date_of_birth, nhs_number, urgent, modes_offered,
                   preferred_mode, status, patient_id, referral_id, end_code
            from self_referral""";

    private final JdbcClient jdbc;

    SelfReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(
            long teamId,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            @Nullable String nhsNumber,
            boolean urgent,
            List<ConsultationMechanism> offered,
            ConsultationMechanism preferred,
            Map<String, String> answers) {
        long id = jdbc.sql("""
                insert into self_referral (team_id, given_name, family_name, date_of_birth, nhs_number, urgent,
                    modes_offered, preferred_mode)
                values (?, ?, ?, ?, ?, ?, ?::char(2)[], ?) returning id""")
                .params(
                        teamId,
                        givenName,
                        familyName,
                        dateOfBirth,
                        nhsNumber,
                        urgent,
                        offered.stream().map(ConsultationMechanism::code).toArray(String[]::new),
                        preferred.code())
                .query(Long.class)
                .single();
        answers.forEach((question, answer) -> jdbc.sql(
                        "insert into self_referral_answer (self_referral_id, question, answer) values (?, ?, ?)")
                .params(id, question, answer)
                .update());
        return id;
    }

    /** Self-referrals of a team awaiting triage: urgent first, then the longest waiting. */
    List<SelfReferral> awaitingTriage(long teamId) {
        var rows = jdbc.sql(SELECT + " where team_id = ? and status = 'NEW' order by urgent desc, submitted_at, id")
                .param(teamId)
                .query(SelfReferralStore::row)
                .list();
        var answers = answersOf(rows.stream().map(SelfReferral::id).toList());
        return rows.stream()
                .map(r -> withAnswers(r, answers.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    Optional<SelfReferral> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(SelfReferralStore::row)
                .optional()
                .map(r -> withAnswers(r, answersOf(List.of(id)).getOrDefault(id, Map.of())));
    }

    /** Locks a self-referral still awaiting triage, so that two decisions on it cannot cross. */
    boolean lockNew(long id) {
        return jdbc.sql("select id from self_referral where id = ? and status = 'NEW' for update")
                .param(id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    void triaged(
            long id,
            SelfReferral.Status status,
            long staffId,
            @Nullable Long patientId,
            @Nullable Long referralId,
            @Nullable String endCode) {
        jdbc.sql("""
                update self_referral set status = ?, triaged_by = ?, triaged_at = now(), patient_id = ?, referral_id = ?,
                    end_code = ? where id = ? and status = 'NEW'""")
                .params(status.name(), staffId, patientId, referralId, endCode, id)
                .update();
    }

    private Map<Long, Map<String, String>> answersOf(List<Long> ids) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        if (ids.isEmpty()) {
            return answers;
        }
        jdbc.sql("select self_referral_id, question, answer from self_referral_answer where self_referral_id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query((RowCallbackHandler) rs -> answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3)));
        return answers;
    }

    private static SelfReferral withAnswers(SelfReferral r, Map<String, String> answers) {
        return new SelfReferral(
                r.id(),
                r.teamId(),
                r.submittedAt(),
                r.givenName(),
                r.familyName(),
                r.dateOfBirth(),
                r.nhsNumber(),
                r.urgent(),
                r.modesOffered(),
                r.preferredMode(),
                r.status(),
                r.patientId(),
                r.referralId(),
                r.endCode(),
                Map.copyOf(answers));
    }

    private static SelfReferral row(ResultSet rs, int n) throws SQLException {
        String nhs = rs.getString("nhs_number");
        var offered = Arrays.stream((String[]) rs.getArray("modes_offered").getArray())
                .map(String::strip)
                .map(ConsultationMechanism::of)
                .toList();
        return new SelfReferral(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                nhs == null ? null : new NhsNumber(nhs),
                rs.getBoolean("urgent"),
                offered,
                ConsultationMechanism.of(rs.getString("preferred_mode")),
                SelfReferral.Status.valueOf(rs.getString("status")),
                rs.getObject("patient_id", Long.class),
                rs.getObject("referral_id", Long.class),
                rs.getString("end_code"),
                Map.of());
    }
}
