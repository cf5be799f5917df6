package org.stepline.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/** Patients of a test's own, with a unique mobile number and e-mail address, and their appointments and messages. */
public final class MessagingFixture {

    /** A patient ready to be reminded; {@code mobile} or {@code email} is null when the patient has none. */
    public record Patient(
            long teamId,
            CurrentStaff practitioner,
            long id,
            long referralId,
            @Nullable String mobile,
            @Nullable String email) {}

    /** One row of outbound_message, as the tests look at it. */
    public record Row(
            long id,
            String kind,
            @Nullable String channel,
            @Nullable Integer leadMinutes,
            String status,
            int attempts,
            @Nullable String lastFailure,
            @Nullable Instant nextAttemptAt,
            @Nullable String providerReference,
            @Nullable String claimedBy) {}

    private final JdbcClient jdbc;
    private final TestRecords records;

    public MessagingFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.records = new TestRecords(jdbc);
    }

    public Patient patient(boolean withMobile, boolean withEmail) {
        long team = records.team();
        var practitioner = records.clinician(team, Role.PRACTITIONER);
        long patient = records.patient(team, "Robin", java.time.LocalDate.of(1990, 5, 17));
        int n = TestRecords.next();
        String mobile = withMobile ? String.format("07700 9%05d", Math.floorMod(n, 100_000)) : null;
        String email = withEmail ? "robin." + n + "." + System.nanoTime() + "@patients.stepline.test" : null;
        jdbc.sql("update patient set mobile_phone = ?, email = ? where id = ?")
                .params(mobile, email, patient)
                .update();
        long referral = records.referral(patient, team, practitioner.id());
        return new Patient(team, practitioner, patient, referral, mobile, email);
    }

    /** An appointment written to the table, then announced as scheduling does when one is booked. */
    public long book(ApplicationEventPublisher events, Patient patient, Instant startsAt) {
        long id = records.appointment(
                patient.referralId(),
                patient.id(),
                patient.teamId(),
                patient.practitioner().id(),
                startsAt,
                ConsultationMechanism.TELEPHONE.code());
        events.publishEvent(new AppointmentBooked(
                id,
                patient.referralId(),
                patient.id(),
                patient.teamId(),
                startsAt,
                AppointmentType.TREATMENT,
                ConsultationMechanism.TELEPHONE,
                false));
        return id;
    }

    /** The time comes for the patient's messages not yet settled (as if the clock had moved on). */
    public void makeDue(long patientId) {
        jdbc.sql("""
                update outbound_message set due_at = least(due_at, now()), next_attempt_at = now() - interval '1 second'
                where patient_id = ? and status in ('QUEUED', 'FAILED') and next_attempt_at is not null""").param(patientId).update();
    }

    /** Makes only the reminders of one lead time due. */
    public void makeDue(long patientId, int leadMinutes) {
        jdbc.sql("""
                update outbound_message set due_at = least(due_at, now()), next_attempt_at = now() - interval '1 second'
                where patient_id = ? and lead_minutes = ? and status in ('QUEUED', 'FAILED')
                  and next_attempt_at is not null""").params(patientId, leadMinutes).update();
    }

    public List<Row> rows(long patientId) {
        return jdbc.sql("""
                select id, kind, channel, lead_minutes, status, attempts, last_failure, next_attempt_at,
                       provider_reference, claimed_by
                from outbound_message where patient_id = ? order by id""")
                .param(patientId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("channel"),
                        rs.getObject("lead_minutes", Integer.class),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_failure"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("next_attempt_at", OffsetDateTime.class)
                                        .toInstant(),
                        rs.getString("provider_reference"),
                        rs.getString("claimed_by")))
                .list();
    }

    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
