package org.stepline.scheduling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.scheduling.internal.Availability.Booking;
import org.stepline.scheduling.internal.Availability.Change;
import org.stepline.scheduling.internal.Availability.ChangeKind;
import org.stepline.scheduling.internal.Availability.WeeklySlot;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/** The {@code availability_slot} and {@code availability_change} tables, and the bookings that fill a diary. */
@Repository
class Diaries {

    /** Live bookings: what the database's no-double-booking rule holds to (cancelled ones free their time). */
    static final String LIVE = "attendance not in ('2', '4')";

    private final JdbcClient jdbc;

    Diaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Weekly slots still held on or after {@code from}, by weekday and time. */
    List<WeeklySlot> weekly(long practitionerId, LocalDate from) {
        return jdbc.sql("""
                select id, weekday, starts_at, length_minutes, valid_from, valid_until, modes from availability_slot
                where practitioner_id = ? and (valid_until is null or valid_until >= ?)
                order by weekday, starts_at, valid_from, id""")
                .params(practitionerId, from)
                .query((rs, n) -> new WeeklySlot(
                        rs.getLong("id"),
                        DayOfWeek.of(rs.getInt("weekday")),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getInt("length_minutes"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class),
                        modes(rs.getArray("modes"))))
                .list();
    }

    /** One-off changes that overlap the period. */
    List<Change> changes(long practitionerId, Instant from, Instant to) {
        return jdbc.sql("""
                select id, kind, starts_at, ends_at, modes, reason from availability_change
                where practitioner_id = ? and starts_at < ? and ends_at > ? order by starts_at, id""")
                .params(practitionerId, utc(to), utc(from))
                .query((rs, n) -> new Change(
                        rs.getLong("id"),
                        ChangeKind.valueOf(rs.getString("kind")),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        modes(rs.getArray("modes")),
                        rs.getString("reason")))
                .list();
    }

    /** Live bookings of the practitioner that overlap the period (a booking starts at most ten hours before it). */
    List<Booking> bookings(long practitionerId, Instant from, Instant to) {
        return jdbc
                .sql("select id, patient_id, starts_at, planned_minutes, app_type, booked_mechanism, cons_mechanism"
                        + " from appointment where practitioner_id = ? and starts_at < ? and starts_at > ? and " + LIVE
                        + " order by starts_at, id")
                .params(practitionerId, utc(to), utc(from.minusSeconds(36_000)))
                .query(Diaries::booking)
                .list()
                .stream()
                .filter(b -> b.overlaps(from, to))
                .toList();
    }

    /**
     * The first live booking held to the no-double-booking rule that overlaps the given span: the friendly check
     * made before the database's own. {@code excluding}: the appointment being moved, which cannot clash with itself.
     */
    Optional<Booking> firstClash(long practitionerId, Instant start, int minutes, @Nullable Long excluding) {
        Instant end = start.plusSeconds(60L * Math.max(1, minutes));
        return jdbc.sql("select id, patient_id, starts_at, planned_minutes, app_type, booked_mechanism, cons_mechanism"
                        + " from appointment where practitioner_id = ? and " + LIVE
                        + " and care_contact_id is null and planned_minutes is not null and id <> ?"
                        + " and appointment_span(starts_at, planned_minutes) && tstzrange(?, ?, '[)')"
                        + " order by starts_at limit 1")
                .params(practitionerId, excluding == null ? -1L : excluding, utc(start), utc(end))
                .query(Diaries::booking)
                .optional();
    }

    long addWeekly(
            long practitionerId,
            DayOfWeek day,
            LocalTime start,
            int minutes,
            LocalDate from,
            @Nullable LocalDate until,
            Collection<ConsultationMechanism> modes,
            long by) {
        return jdbc.sql("""
                insert into availability_slot (practitioner_id, weekday, starts_at, length_minutes, valid_from,
                                               valid_until, modes, created_by)
                values (?, ?, ?, ?, ?, ?, ?::char(2)[], ?) returning id""")
                .params(practitionerId, day.getValue(), start, minutes, from, until, codes(modes), by)
                .query(Long.class)
                .single();
    }

    long addChange(
            long practitionerId,
            ChangeKind kind,
            Instant start,
            Instant end,
            Collection<ConsultationMechanism> modes,
            @Nullable String reason,
            long by) {
        return jdbc.sql("""
                insert into availability_change (practitioner_id, kind, starts_at, ends_at, modes, reason, created_by)
                values (?, ?, ?, ?, ?::char(2)[], ?, ?) returning id""")
                .params(practitionerId, kind.name(), utc(start), utc(end), codes(modes), reason, by)
                .query(Long.class)
                .single();
    }

    /** Removes a weekly slot of the practitioner; false when it is not theirs. */
    boolean removeWeekly(long practitionerId, long slotId) {
        return jdbc.sql("delete from availability_slot where id = ? and practitioner_id = ?")
                        .params(slotId, practitionerId)
                        .update()
                == 1;
    }

    boolean removeChange(long practitionerId, long changeId) {
        return jdbc.sql("delete from availability_change where id = ? and practitioner_id = ?")
                        .params(changeId, practitionerId)
                        .update()
                == 1;
    }

    /** A Postgres array literal such as {02,11}; null (any mode) when none is given. */
    static @Nullable String codes(Collection<ConsultationMechanism> modes) {
        if (modes.isEmpty()) {
            return null;
        }
        return modes.stream()
                .map(ConsultationMechanism::code)
                .sorted()
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    static Set<ConsultationMechanism> modes(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        var set = EnumSet.noneOf(ConsultationMechanism.class);
        Arrays.stream((Object[]) array.getArray())
                .map(code -> ConsultationMechanism.of(code.toString().trim()))
                .forEach(set::add);
        return set;
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        String booked = rs.getString("booked_mechanism");
        return new Booking(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                instant(rs, "starts_at"),
                rs.getObject("planned_minutes", Integer.class),
                AppointmentType.of(rs.getString("app_type")),
                ConsultationMechanism.of(booked != null ? booked : rs.getString("cons_mechanism")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
