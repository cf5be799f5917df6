package org.stepline.scheduling.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.scheduling.AppointmentBooked;
import org.stepline.scheduling.ImportedBookings;
import org.stepline.shared.ServiceTime;

/**
 * An extract's future appointments, booked in one statement (they are few: a service's coming weeks) and then
 * announced one by one with {@link AppointmentBooked}, exactly as {@link AppointmentBooking} announces a booking
 * made on its page, so that every listener (reminders, questionnaire requests) treats them the same. Questionnaires
 * are requested as the booking form would by default ({@link BookingRules#questionnairesByDefault}).
 */
@Service
class JdbcImportedBookings implements ImportedBookings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    JdbcImportedBookings(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
    }

    @Override
    @Transactional
    public int book(List<Booking> bookings) {
        if (bookings.isEmpty()) {
            return 0;
        }
        write(bookings);
        for (var booking : bookings) {
            // without a time its reminders would name midnight: it is announced when moved to a time
            if (booking.timeGiven()) {
                announce(booking);
            }
            audit.created(
                    booking.patientId(),
                    "Booked an appointment from an imported extract (care contact " + booking.careContactId() + "): "
                            + booking.type().label() + ", " + booking.mode().label() + ", on "
                            + (booking.timeGiven()
                                    ? ServiceTime.dateTime(booking.startsAt())
                                    : ServiceTime.date(ServiceTime.dateOf(booking.startsAt())) + " (no time given)"));
        }
        return bookings.size();
    }

    private void announce(Booking booking) {
        events.publishEvent(new AppointmentBooked(
                booking.id(),
                booking.referralId(),
                booking.patientId(),
                booking.teamId(),
                booking.startsAt(),
                booking.type(),
                booking.mode(),
                BookingRules.questionnairesByDefault(booking.type())));
    }

    /** The same columns as the import's own contacts, so that pages, outcomes and export see no difference. */
    private void write(List<Booking> bookings) {
        jdbc.sql("""
                insert into appointment (id, referral_id, patient_id, team_id, practitioner_id, starts_at, time_given,
                                         app_type, cons_mechanism, attendance, duration_minutes, care_contact_id,
                                         planned)
                overriding system value
                select id, referral_id, patient_id, team_id, practitioner_id, starts_at, time_given, app_type,
                       cons_mechanism, '0', duration_minutes, care_contact_id, planned
                from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::timestamptz[],
                            ?::boolean[], ?::text[], ?::text[], ?::integer[], ?::text[], ?::boolean[])
                     as b (id, referral_id, patient_id, team_id, practitioner_id, starts_at, time_given, app_type,
                           cons_mechanism, duration_minutes, care_contact_id, planned)""")
                .params(
                        column(bookings, b -> b.id()),
                        column(bookings, b -> b.referralId()),
                        column(bookings, b -> b.patientId()),
                        column(bookings, b -> b.teamId()),
                        column(bookings, b -> b.practitionerId()),
                        bookings.stream().map(b -> b.startsAt().toString()).toArray(String[]::new),
                        bookings.stream().map(Booking::timeGiven).toArray(Boolean[]::new),
                        bookings.stream().map(b -> b.type().code()).toArray(String[]::new),
                        bookings.stream().map(b -> b.mode().code()).toArray(String[]::new),
                        bookings.stream().map(Booking::durationMinutes).toArray(Integer[]::new),
                        bookings.stream().map(Booking::careContactId).toArray(String[]::new),
                        bookings.stream().map(Booking::planned).toArray(Boolean[]::new))
                .update();
    }

    private static Long[] column(List<Booking> bookings, java.util.function.ToLongFunction<Booking> value) {
        return bookings.stream().map(b -> value.applyAsLong(b)).toArray(Long[]::new);
    }
}
