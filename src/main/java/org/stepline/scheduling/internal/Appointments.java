package org.stepline.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/** The {@code appointment} and {@code call_attempt} tables: booking, and recording the outcome of, appointments. */
@Repository
class Appointments {

    /**
     * An appointment to be booked: {@code mode} is the one the patient chose of the {@code modesOffered};
     * {@code preferredMode} the patient's stated preference at the time, if any.
     */
    record Booking(
            long referralId,
            long patientId,
            long teamId,
            long practitionerId,
            Instant startsAt,
            AppointmentType type,
            ConsultationMechanism mode,
            Integer plannedMinutes,
            java.util.Set<ConsultationMechanism> modesOffered,
            ConsultationMechanism preferredMode) {}

    /** An appointment as stored, with what was recorded about it so far. */
    record Stored(
            long id,
            long referralId,
            long patientId,
            long practitionerId,
            Instant startsAt,
            AppointmentType type,
            ConsultationMechanism bookedMode,
            ConsultationMechanism mode,
            Attendance attendance,
            Integer plannedMinutes,
            Integer durationMinutes,
            Boolean identityConfirmed,
            Boolean privateAndSafe,
            String patientLocation,
            String notes) {

        boolean recorded() {
            return attendance.isOutcome();
        }
    }

    /** What happened: the telephone fields are null for a contact in any other mode. */
    record Outcome(
            Attendance attendance,
            ConsultationMechanism mode,
            Integer durationMinutes,
            Boolean identityConfirmed,
            Boolean privateAndSafe,
            String patientLocation,
            String notes,
            List<Call> calls) {}

    record Call(Instant at, CallOutcome outcome) {}

    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long book(Booking booking) {
        return jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                                         cons_mechanism, booked_mechanism, planned_minutes, attendance,
                                         modes_offered, preferred_mechanism)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, '0', ?::char(2)[], ?) returning id""")
                .params(
                        booking.referralId(),
                        booking.patientId(),
                        booking.teamId(),
                        booking.practitionerId(),
                        utc(booking.startsAt()),
                        booking.type().code(),
                        booking.mode().code(),
                        booking.mode().code(),
                        booking.plannedMinutes(),
                        Diaries.codes(booking.modesOffered()),
                        booking.preferredMode() == null
                                ? null
                                : booking.preferredMode().code())
                .query(Long.class)
                .single();
    }

    /**
     * Moves a booked appointment (no outcome recorded) to another start; false when it is no longer booked. The new
     * start has a time, even for an imported contact whose extract gave none.
     */
    boolean move(long appointmentId, Instant startsAt) {
        return jdbc.sql("update appointment set starts_at = ?, time_given = true where id = ? and attendance = '0'")
                        .params(utc(startsAt), appointmentId)
                        .update()
                == 1;
    }

    Optional<Stored> find(long appointmentId) {
        return jdbc.sql("""
                select id, referral_id, patient_id, practitioner_id, starts_at, app_type, cons_mechanism,
                       coalesce(booked_mechanism, cons_mechanism) as booked_mechanism, attendance, planned_minutes,
                       duration_minutes, identity_confirmed, private_and_safe, patient_location, notes
                from appointment where id = ?""").param(appointmentId).query(Appointments::stored).optional();
    }

    List<Call> calls(long appointmentId) {
        return jdbc.sql(
                        "select attempted_at, outcome from call_attempt where appointment_id = ? order by attempted_at, id")
                .param(appointmentId)
                .query((rs, n) -> new Call(
                        rs.getObject("attempted_at", OffsetDateTime.class).toInstant(),
                        CallOutcome.valueOf(rs.getString("outcome"))))
                .list();
    }

    /** Records (or corrects) the outcome; the call attempts are replaced by those given. */
    void record(long appointmentId, Outcome outcome, long recordedBy) {
        jdbc.sql("""
                update appointment set attendance = ?, cons_mechanism = ?, duration_minutes = ?,
                       identity_confirmed = ?, private_and_safe = ?, patient_location = ?, notes = ?,
                       recorded_at = now(), recorded_by = ?
                where id = ?""")
                .params(
                        outcome.attendance().code(),
                        outcome.mode().code(),
                        outcome.durationMinutes(),
                        outcome.identityConfirmed(),
                        outcome.privateAndSafe(),
                        outcome.patientLocation(),
                        outcome.notes(),
                        recordedBy,
                        appointmentId)
                .update();
        jdbc.sql("delete from call_attempt where appointment_id = ?")
                .param(appointmentId)
                .update();
        for (Call call : outcome.calls()) {
            jdbc.sql("insert into call_attempt (appointment_id, attempted_at, outcome) values (?, ?, ?)")
                    .params(appointmentId, utc(call.at()), call.outcome().name())
                    .update();
        }
    }

    /** A booked appointment still to come, as a reallocation moves it: locked until the end of the transaction. */
    record Upcoming(long id, long patientId, Instant startsAt, Integer plannedMinutes) {}

    /** The referral's appointments held by the practitioner with no outcome yet that start after {@code now}. */
    List<Upcoming> lockUpcoming(long referralId, long practitionerId, Instant now) {
        return jdbc.sql("""
                select id, patient_id, starts_at, planned_minutes from appointment
                where referral_id = ? and practitioner_id = ? and attendance = '0' and starts_at > ?
                order by starts_at, id for update""")
                .params(referralId, practitionerId, utc(now))
                .query((rs, n) -> new Upcoming(
                        rs.getLong("id"),
                        rs.getLong("patient_id"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("planned_minutes", Integer.class)))
                .list();
    }

    /** Gives the appointment to another practitioner; nothing is left to rebook. */
    void reassign(long appointmentId, long practitionerId) {
        jdbc.sql("update appointment set practitioner_id = ?, rebook_reason = null where id = ?")
                .params(practitionerId, appointmentId)
                .update();
    }

    void markToRebook(long appointmentId, String reason) {
        jdbc.sql("update appointment set rebook_reason = ? where id = ?")
                .params(reason, appointmentId)
                .update();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getLong("id"),
                rs.getLong("referral_id"),
                rs.getLong("patient_id"),
                rs.getLong("practitioner_id"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                AppointmentType.of(rs.getString("app_type")),
                ConsultationMechanism.of(rs.getString("booked_mechanism")),
                ConsultationMechanism.of(rs.getString("cons_mechanism")),
                Attendance.of(rs.getString("attendance")),
                rs.getObject("planned_minutes", Integer.class),
                rs.getObject("duration_minutes", Integer.class),
                rs.getObject("identity_confirmed", Boolean.class),
                rs.getObject("private_and_safe", Boolean.class),
                rs.getString("patient_location"),
                rs.getString("notes"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
