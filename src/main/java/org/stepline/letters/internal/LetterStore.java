package org.stepline.letters.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.letters.GpLetterSummary;
import org.stepline.letters.GpLetters;

/** The gp_letter table. */
@Repository
public class LetterStore implements GpLetters {

    /** A stored letter's PDF and whose it is, for the download. */
    public record StoredPdf(long id, long patientId, String kind, String title, OffsetDateTime createdAt, byte[] pdf) {}

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long patientId,
            long referralId,
            long teamId,
            LetterKind kind,
            @Nullable Long appointmentId,
            byte[] pdf,
            @Nullable Long createdBy) {
        return jdbc.sql("""
                insert into gp_letter (patient_id, referral_id, team_id, kind, appointment_id, title, pdf, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(patientId, referralId, teamId, kind.name(), appointmentId, kind.title(), pdf, createdBy)
                .query(Long.class)
                .single();
    }

    boolean exists(long referralId, LetterKind kind) {
        return jdbc.sql("select exists (select 1 from gp_letter where referral_id = ? and kind = ?)")
                .params(referralId, kind.name())
                .query(Boolean.class)
                .single();
    }

    @Override
    public List<GpLetterSummary> forPatient(long patientId) {
        return jdbc.sql("""
                select id, patient_id, referral_id, kind, title, created_at,
                       case when kind = 'DISCHARGE' then lead(created_at) over (
                           partition by referral_id, kind order by created_at, id) end as replaced_at
                from gp_letter
                where patient_id = ? order by created_at desc, id desc""")
                .param(patientId)
                .query((rs, n) -> new GpLetterSummary(
                        rs.getLong("id"),
                        rs.getLong("patient_id"),
                        rs.getLong("referral_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        replacedAt(rs.getObject("replaced_at", OffsetDateTime.class))))
                .list();
    }

    private static @Nullable Instant replacedAt(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    public Optional<StoredPdf> pdf(long letterId) {
        return jdbc.sql("select id, patient_id, kind, title, created_at, pdf from gp_letter where id = ?")
                .param(letterId)
                .query((rs, n) -> new StoredPdf(
                        rs.getLong("id"),
                        rs.getLong("patient_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getBytes("pdf")))
                .optional();
    }
}
