package org.stepline.demo;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.scheduling.AppointmentBulkLoad;
import org.stepline.scheduling.AppointmentRows;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Reminders in the demo: a few appointments in the next 48 hours for patients who have an e-mail address (the
 * {@code practitioner}'s first), whose first reminders fall due minutes after loading; then every booked appointment
 * of the next {@link #ANNOUNCED} is announced as scheduling announces a booking, so that the messaging module queues its
 * reminders. Demo addresses are {@code @example.com} and demo mobiles are in the range kept for drama: with a local
 * SMTP server (see README) the reminders can be watched arriving.
 */
@Component
class DemoReminders {

    static final Duration ANNOUNCED = Duration.ofDays(3);
    /** From loading: the 2-hour reminders of the first two fall due after 5 and 35 minutes; then tomorrow's. */
    static final List<Duration> EXTRA = List.of(Duration.ofMinutes(125), Duration.ofMinutes(155));

    static final List<LocalTime> TOMORROW = List.of(LocalTime.of(11, 15), LocalTime.of(15, 45), LocalTime.of(17, 15));
    private static final List<ConsultationMechanism> MODES =
            List.of(ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO, ConsultationMechanism.FACE_TO_FACE);

    private static final EnumSet<AppointmentRows.Column> BOOKING = EnumSet.of(
            AppointmentRows.Column.ID,
            AppointmentRows.Column.REFERRAL_ID,
            AppointmentRows.Column.PATIENT_ID,
            AppointmentRows.Column.TEAM_ID,
            AppointmentRows.Column.PRACTITIONER_ID,
            AppointmentRows.Column.STARTS_AT,
            AppointmentRows.Column.APP_TYPE,
            AppointmentRows.Column.CONS_MECHANISM,
            AppointmentRows.Column.BOOKED_MECHANISM,
            AppointmentRows.Column.PLANNED_MINUTES,
            AppointmentRows.Column.ATTENDANCE);

    private final JdbcClient jdbc;
    private final AppointmentBulkLoad appointments;
    private final ApplicationEventPublisher events;

    DemoReminders(JdbcClient jdbc, AppointmentBulkLoad appointments, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.events = events;
    }

    /** Returns how many appointments were announced. */
    int bookAndAnnounce(Instant now) throws SQLException {
        bookSoon(now);
        var booked = jdbc.sql("""
                select id, referral_id, patient_id, team_id, starts_at, app_type, cons_mechanism from appointment
                where attendance = '0' and starts_at > ? and starts_at <= ? order by starts_at, id""")
                .params(utc(now), utc(now.plus(ANNOUNCED)))
                .query((rs, n) -> new AppointmentBooked(
                        rs.getLong("id"),
                        rs.getLong("referral_id"),
                        rs.getLong("patient_id"),
                        rs.getLong("team_id"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        AppointmentType.of(rs.getString("app_type")),
                        ConsultationMechanism.of(rs.getString("cons_mechanism")),
                        false))
                .list();
        booked.forEach(events::publishEvent);
        return booked.size();
    }

    /**
     * One appointment per extra time, each for another open referral of a patient with an e-mail address that has an
     * appointment booked already (so supervision flags stay as generated), with a practitioner who is free then: the
     * {@code practitioner} account's patients first. A time nobody is free at is left out.
     */
    private void bookSoon(Instant now) throws SQLException {
        List<Long> used = new ArrayList<>();
        List<Instant> times = new ArrayList<>(EXTRA.stream()
                .map(lead -> now.plus(lead).truncatedTo(ChronoUnit.MINUTES))
                .toList());
        LocalDate tomorrow = ServiceTime.dateOf(now).plusDays(1);
        TOMORROW.forEach(
                time -> times.add(tomorrow.atTime(time).atZone(ServiceTime.ZONE).toInstant()));
        for (int i = 0; i < times.size(); i++) {
            Instant at = times.get(i);
            var referral = jdbc.sql("""
                    select r.id, r.patient_id, r.team_id, r.practitioner_id from referral r
                    join patient p on p.id = r.patient_id join staff_user s on s.id = r.practitioner_id
                    where r.stage <> 'DISCHARGED' and p.email is not null and r.id <> all(?)
                      and exists (select 1 from appointment a where a.referral_id = r.id and a.attendance = '0'
                                  and a.starts_at > ?)
                      and not exists (select 1 from appointment a where a.practitioner_id = r.practitioner_id
                                      and a.starts_at > ? - interval '1 hour' and a.starts_at < ? + interval '1 hour')
                    order by (s.username = 'practitioner') desc, r.id limit 1""")
                    .params(used.toArray(Long[]::new), utc(now), utc(at), utc(at))
                    .query((rs, n) -> new long[] {
                        rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("team_id"), rs.getLong("practitioner_id")
                    })
                    .optional();
            if (referral.isEmpty()) {
                continue;
            }
            long[] r = referral.get();
            used.add(r[0]);
            book(r, at, MODES.get(i % MODES.size()));
        }
    }

    /** One 30-minute treatment appointment, written at once so that the next time's search sees it. */
    private void book(long[] referral, Instant at, ConsultationMechanism mode) throws SQLException {
        try (var rows = appointments.appointments(BOOKING)) {
            rows.ids(appointments.reserveIds(1), referral[0], referral[1], referral[2], referral[3])
                    .startsAt(at)
                    .contact(AppointmentType.TREATMENT, mode, Attendance.NOT_YET)
                    .booked(mode, 30)
                    .add();
            rows.finish();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
