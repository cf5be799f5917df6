package org.stepline.scheduling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepline.scheduling.CareContact;
import org.stepline.scheduling.ContactDates;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;
import org.stepline.scheduling.ContactTally;
import org.stepline.scheduling.ModeCount;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

@Service
class JdbcContactHistory implements ContactHistory {

    private final JdbcClient jdbc;

    JdbcContactHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ENTRY = """
            select a.id, a.referral_id, a.practitioner_id, a.starts_at, a.app_type, a.cons_mechanism, a.attendance,
                   a.duration_minutes, a.identity_confirmed, a.private_and_safe, a.rebook_reason,
                   (select count(*) from call_attempt c where c.appointment_id = a.id) as attempts
            from appointment a""";

    @Override
    public java.util.Optional<ContactEntry> find(long appointmentId) {
        return jdbc.sql(ENTRY + " where a.id = ?")
                .param(appointmentId)
                .query(JdbcContactHistory::entry)
                .optional();
    }

    @Override
    public List<ContactEntry> forPatient(long patientId) {
        return jdbc.sql(ENTRY + " where a.patient_id = ? order by a.starts_at desc, a.id desc")
                .param(patientId)
                .query(JdbcContactHistory::entry)
                .list();
    }

    @Override
    public List<ContactEntry> upcomingFor(Collection<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ENTRY + " where a.referral_id = any(?) and a.attendance = '0' and a.starts_at > now()"
                        + " order by a.starts_at, a.id")
                .param(referralIds.toArray(Long[]::new))
                .query(JdbcContactHistory::entry)
                .list();
    }

    @Override
    public Map<Long, ContactDates> datesFor(Collection<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ContactDates> dates = new HashMap<>();
        jdbc.sql("""
                select referral_id,
                       max(starts_at) filter (where stepline_attended(attendance)) as last_attended,
                       min(starts_at) filter (where attendance = '0' and starts_at >= now() and rebook_reason is null)
                           as next_booked,
                       array_agg(distinct cons_mechanism) filter (where stepline_attended(attendance)) as modes
                from appointment where referral_id = any(?) group by referral_id""").param(referralIds.toArray(Long[]::new)).query((RowCallbackHandler) rs -> dates.put(
                rs.getLong("referral_id"),
                new ContactDates(
                        instant(rs, "last_attended"), instant(rs, "next_booked"), modes(rs.getArray("modes")))));
        return dates;
    }

    @Override
    public List<ModeCount> countsByTeamAndMode(java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("""
                select team_id, cons_mechanism, count(*) as contacts,
                       count(*) filter (where stepline_attended(attendance)) as attended,
                       count(*) filter (where attendance = '3') as dna
                from appointment
                where attendance <> '0' and starts_at >= ? and starts_at < ?
                group by team_id, cons_mechanism order by team_id, cons_mechanism""")
                .params(
                        OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new ModeCount(
                        rs.getLong("team_id"),
                        ConsultationMechanism.of(rs.getString("cons_mechanism")),
                        rs.getLong("contacts"),
                        rs.getLong("attended"),
                        rs.getLong("dna")))
                .list();
    }

    @Override
    public List<CareContact> careContactsOf(Collection<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, referral_id, starts_at, app_type, attendance, cons_mechanism, planned from appointment
                where referral_id = any(?) and attendance <> '0' order by referral_id, starts_at, id""")
                .param(referralIds.toArray(Long[]::new))
                .query((rs, n) -> new CareContact(
                        rs.getLong("id"),
                        rs.getLong("referral_id"),
                        instant(rs, "starts_at"),
                        AppointmentType.of(rs.getString("app_type")),
                        Attendance.of(rs.getString("attendance")),
                        ConsultationMechanism.of(rs.getString("cons_mechanism")),
                        Boolean.FALSE.equals(rs.getObject("planned", Boolean.class))))
                .list();
    }

    @Override
    public Map<Long, ContactTally> talliesOf(Collection<Long> referralIds) {
        Map<Long, ContactTally> tallies = new HashMap<>();
        if (referralIds.isEmpty()) {
            return tallies;
        }
        jdbc.sql("""
                select t.referral_id, t.last_attended, t.sessions,
                       (select count(*) from appointment m where m.referral_id = t.referral_id
                          and m.attendance in ('3', '7')
                          and m.starts_at > coalesce(t.last_attended, '-infinity'::timestamptz)) as missed
                from (select referral_id,
                             max(starts_at) filter (where stepline_took_place(attendance, planned)) as last_attended,
                             count(*) filter (where stepline_treatment_contact(app_type, attendance, planned)) as sessions
                      from appointment where referral_id = any(?) and attendance <> '0'
                      group by referral_id) t""").param(referralIds.toArray(Long[]::new)).query((RowCallbackHandler) rs -> tallies.put(
                rs.getLong("referral_id"),
                new ContactTally(
                        rs.getLong("referral_id"),
                        instant(rs, "last_attended"),
                        rs.getInt("sessions"),
                        rs.getInt("missed"))));
        return tallies;
    }

    private static ContactEntry entry(ResultSet rs, int row) throws SQLException {
        return new ContactEntry(
                rs.getLong("id"),
                rs.getLong("referral_id"),
                rs.getLong("practitioner_id"),
                instant(rs, "starts_at"),
                AppointmentType.of(rs.getString("app_type")),
                ConsultationMechanism.of(rs.getString("cons_mechanism")),
                Attendance.of(rs.getString("attendance")),
                rs.getObject("duration_minutes", Integer.class),
                rs.getInt("attempts"),
                rs.getObject("identity_confirmed", Boolean.class),
                rs.getObject("private_and_safe", Boolean.class),
                rs.getString("rebook_reason"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Set<ConsultationMechanism> modes(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        var set = EnumSet.noneOf(ConsultationMechanism.class);
        Arrays.stream((Object[]) array.getArray())
                .map(code -> ConsultationMechanism.of(code.toString().trim()))
                .forEach(set::add);
        return set;
    }
}
