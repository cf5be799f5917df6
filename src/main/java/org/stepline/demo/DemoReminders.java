package org.stepline.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Reminders in the demo: a few appointments in the next 48 hours for the {@code practitioner}'s patients who have an
 * e-mail address (the first reminders fall due minutes after loading), then every booked appointment of the next
 * {@link #ANNOUNCED} is announced as scheduling announces a booking, so that the messaging module queues its
 * reminders. Demo addresses are {@code @example.com} and demo mobiles are in the range kept for drama: with a local
 * SMTP server (see README) the reminders can be watched arriving.
 */
@Component
class DemoReminders {

    static final Duration ANNOUNCED = Duration.ofDays(3);
    /** From loading: the 2-hour reminders of the first two fall due after 5 and 35 minutes. */
    static final List<Duration> EXTRA = List.of(Duration.ofMinutes(125), Duration.ofMinutes(155), Duration.ofHours(5),
            Duration.ofHours(26), Duration.ofHours(47));
    private static final List<ConsultationMechanism> MODES = List.of(ConsultationMechanism.TELEPHONE,
            ConsultationMechanism.VIDEO, ConsultationMechanism.FACE_TO_FACE);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DemoReminders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Returns how many appointments were announced. */
    int bookAndAnnounce(Instant now) {
        bookSoon(now);
        var booked = jdbc.sql("""
                select id, referral_id, patient_id, team_id, starts_at, app_type, cons_mechanism from appointment
                where attendance = '0' and starts_at > ? and starts_at <= ? order by starts_at, id""")
                .params(utc(now), utc(now.plus(ANNOUNCED)))
                .query((rs, n) -> new AppointmentBooked(rs.getLong("id"), rs.getLong("referral_id"),
                        rs.getLong("patient_id"), rs.getLong("team_id"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        AppointmentType.of(rs.getString("app_type")), ConsultationMechanism.of(rs.getString("cons_mechanism")),
                        false))
                .list();
        booked.forEach(events::publishEvent);
        return booked.size();
    }

    /**
     * One appointment per extra time, each for another open referral of a patient with an e-mail address that has
     * an appointment booked already (so the caseload's supervision flags stay as the generator made them).
     */
    private void bookSoon(Instant now) {
        var referrals = jdbc.sql("""
                select r.id, r.patient_id, r.team_id, r.practitioner_id from referral r
                join patient p on p.id = r.patient_id join staff_user s on s.id = r.practitioner_id
                where s.username = 'practitioner' and r.stage <> 'DISCHARGED' and p.email is not null
                  and exists (select 1 from appointment a where a.referral_id = r.id and a.attendance = '0'
                              and a.starts_at > ?)
                order by r.id limit ?""")
                .params(utc(now), EXTRA.size())
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("team_id"),
                        rs.getLong("practitioner_id")})
                .list();
        for (int i = 0; i < referrals.size(); i++) {
            long[] r = referrals.get(i);
            Instant at = freeTime(r[3], now.plus(EXTRA.get(i)).truncatedTo(ChronoUnit.MINUTES));
            String mode = MODES.get(i % MODES.size()).code();
            jdbc.sql("""
                    insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                        cons_mechanism, booked_mechanism, planned_minutes, attendance)
                    values (?, ?, ?, ?, ?, '02', ?, ?, 30, '0')""")
                    .params(r[0], r[1], r[2], r[3], utc(at), mode, mode).update();
        }
    }

    /** The time asked for, or a later one at least an hour clear of the practitioner's other appointments. */
    private Instant freeTime(long practitionerId, Instant wanted) {
        Instant at = wanted;
        while (jdbc.sql("""
                select exists (select 1 from appointment where practitioner_id = ?
                               and starts_at > ? - interval '1 hour' and starts_at < ? + interval '1 hour')""")
                .params(practitionerId, utc(at), utc(at)).query(Boolean.class).single()) {
            at = at.plus(Duration.ofMinutes(20));
        }
        return at;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
