package org.stepline.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.scheduling.TelephoneSessionsDue;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The telephone session's columns of {@code appointment} (call start and end, agenda, materials sent, and the
 * checks and notes as saved during the call) and its call attempts, each saved when it is made.
 */
@Repository
class TelephoneSessionStore implements TelephoneSessionsDue {

    /** What has been saved of a session so far. */
    record Saved(
            @Nullable Instant callStartedAt,
            @Nullable Instant callEndedAt,
            @Nullable Boolean identityConfirmed,
            @Nullable Boolean privateAndSafe,
            @Nullable String patientLocation,
            @Nullable String agenda,
            @Nullable String materialsSent,
            @Nullable String notes) {

        boolean checksPassed() {
            return Boolean.TRUE.equals(identityConfirmed)
                    && Boolean.TRUE.equals(privateAndSafe)
                    && patientLocation != null
                    && !patientLocation.isBlank();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TelephoneSessionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Saved find(long appointmentId) {
        return jdbc.sql("""
                select call_started_at, call_ended_at, identity_confirmed, private_and_safe, patient_location, agenda,
                       materials_sent, notes
                from appointment where id = ?""")
                .param(appointmentId)
                .query((rs, n) -> new Saved(
                        instant(rs, "call_started_at"),
                        instant(rs, "call_ended_at"),
                        rs.getObject("identity_confirmed", Boolean.class),
                        rs.getObject("private_and_safe", Boolean.class),
                        rs.getString("patient_location"),
                        rs.getString("agenda"),
                        rs.getString("materials_sent"),
                        rs.getString("notes")))
                .single();
    }

    /** Saves a call attempt; an answered call starts the call, unless an earlier answered call already did. */
    void addCall(long appointmentId, Appointments.Call call) {
        jdbc.sql("insert into call_attempt (appointment_id, attempted_at, outcome) values (?, ?, ?)")
                .params(appointmentId, utc(call.at()), call.outcome().name())
                .update();
        if (call.outcome() == CallOutcome.ANSWERED) {
            jdbc.sql("update appointment set call_started_at = coalesce(call_started_at, ?) where id = ?")
                    .params(utc(call.at()), appointmentId)
                    .update();
        }
    }

    void saveChecks(long appointmentId, boolean identityConfirmed, boolean privateAndSafe, @Nullable String location) {
        jdbc.sql(
                        "update appointment set identity_confirmed = ?, private_and_safe = ?, patient_location = ? where id = ?")
                .params(identityConfirmed, privateAndSafe, location, appointmentId)
                .update();
    }

    void saveNotes(
            long appointmentId, @Nullable String agenda, @Nullable String materialsSent, @Nullable String notes) {
        jdbc.sql("update appointment set agenda = ?, materials_sent = ?, notes = ? where id = ?")
                .params(agenda, materialsSent, notes, appointmentId)
                .update();
    }

    /** Run after the contact is recorded (which writes the notes): the end of the call and the session's extras. */
    void endCall(long appointmentId, Instant endedAt, @Nullable String agenda, @Nullable String materialsSent) {
        jdbc.sql("update appointment set call_ended_at = ?, agenda = ?, materials_sent = ? where id = ?")
                .params(utc(endedAt), agenda, materialsSent, appointmentId)
                .update();
    }

    /** The agenda of the latest earlier appointment of the referral that has one. */
    Optional<String> previousAgenda(long referralId, Instant before) {
        return jdbc.sql("""
                select agenda from appointment
                where referral_id = ? and starts_at < ? and agenda is not null and agenda <> ''
                order by starts_at desc, id desc limit 1""").params(referralId, utc(before)).query(String.class).optional();
    }

    @Override
    public Map<Long, TelephoneSessionDue> byReferral(Collection<Long> referralIds) {
        Map<Long, TelephoneSessionDue> due = new HashMap<>();
        if (referralIds.isEmpty()) {
            return due;
        }
        Instant startOfToday = ServiceTime.dateOf(clock.instant())
                .atStartOfDay(ServiceTime.ZONE)
                .toInstant();
        jdbc.sql("""
                select distinct on (referral_id) id, referral_id, starts_at from appointment
                where referral_id = any(?) and attendance = '0' and cons_mechanism = ? and starts_at >= ?
                order by referral_id, starts_at, id""")
                .params(referralIds.toArray(Long[]::new), ConsultationMechanism.TELEPHONE.code(), utc(startOfToday))
                .query((RowCallbackHandler) rs -> due.put(
                        rs.getLong("referral_id"),
                        new TelephoneSessionDue(
                                rs.getLong("id"), rs.getLong("referral_id"), instant(rs, "starts_at"))));
        return due;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
