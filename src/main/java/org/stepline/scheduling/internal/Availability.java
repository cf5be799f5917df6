package org.stepline.scheduling.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Which of a practitioner's slots are free: pure, from the weekly slots, the one-off changes and the bookings.
 * <ul>
 * <li>A weekly slot is held on its weekday from its first to its last day (UK wall-clock time).</li>
 * <li>Time marked unavailable hides any weekly slot it overlaps; an extra slot, added on purpose for that date,
 * is kept even inside it (a practitioner on leave who comes in for an afternoon).</li>
 * <li>A slot any live booking overlaps is booked; a booking outside every slot is still shown, so the day reads
 * true. A booking without a planned length takes one minute.</li>
 * </ul>
 */
public final class Availability {

    /** A slot that repeats every week. {@code modes} empty: any mode. */
    public record WeeklySlot(
            long id,
            DayOfWeek day,
            LocalTime start,
            int minutes,
            LocalDate from,
            @Nullable LocalDate until,
            Set<ConsultationMechanism> modes) {

        boolean heldOn(LocalDate date) {
            return date.getDayOfWeek() == day && !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }

    public enum ChangeKind {
        EXTRA,
        UNAVAILABLE
    }

    /** A one-off change: an extra slot, or a stretch of time when the practitioner cannot be booked. */
    public record Change(
            long id,
            ChangeKind kind,
            Instant start,
            Instant end,
            Set<ConsultationMechanism> modes,
            @Nullable String reason) {}

    /** A live (not cancelled) appointment in the practitioner's diary. */
    public record Booking(
            long appointmentId,
            long patientId,
            Instant start,
            @Nullable Integer plannedMinutes,
            AppointmentType type,
            ConsultationMechanism mode) {

        public Instant end() {
            return start.plus(Duration.ofMinutes(plannedMinutes == null ? 1 : plannedMinutes));
        }

        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && end().isAfter(from);
        }
    }

    public enum State {
        FREE,
        BOOKED,
        UNAVAILABLE
    }

    /**
     * One row of a day: a published slot (free, booked or unavailable), or a booking outside every slot
     * ({@code published} false).
     */
    public record Slot(
            Instant start,
            Instant end,
            Set<ConsultationMechanism> modes,
            State state,
            boolean published,
            List<Booking> bookings,
            @Nullable String reason) {

        public boolean free() {
            return state == State.FREE;
        }

        public int minutes() {
            return (int) Duration.between(start, end).toMinutes();
        }
    }

    private Availability() {}

    /** The day's slots and bookings, in time order. */
    public static List<Slot> day(
            LocalDate date, List<WeeklySlot> weekly, List<Change> changes, List<Booking> bookings) {
        List<Slot> rows = new ArrayList<>();
        for (WeeklySlot w : weekly) {
            if (w.heldOn(date)) {
                Instant start = date.atTime(w.start()).atZone(ServiceTime.ZONE).toInstant();
                Instant end = start.plus(Duration.ofMinutes(w.minutes()));
                rows.add(slot(start, end, w.modes(), bookings, unavailability(start, end, changes)));
            }
        }
        for (Change c : changes) {
            if (c.kind() == ChangeKind.EXTRA && ServiceTime.dateOf(c.start()).equals(date)) {
                rows.add(slot(c.start(), c.end(), c.modes(), bookings, null));
            }
        }
        for (Booking b : bookings) {
            boolean inASlot = rows.stream().anyMatch(s -> b.overlaps(s.start(), s.end()));
            if (!inASlot && ServiceTime.dateOf(b.start()).equals(date)) {
                rows.add(new Slot(b.start(), b.end(), Set.of(b.mode()), State.BOOKED, false, List.of(b), null));
            }
        }
        rows.sort(Comparator.comparing(Slot::start).thenComparing(Slot::end));
        return List.copyOf(rows);
    }

    /** The free published slots from {@code firstDay} for {@code days} days that start after {@code now}. */
    public static List<Slot> free(
            LocalDate firstDay,
            int days,
            Instant now,
            List<WeeklySlot> weekly,
            List<Change> changes,
            List<Booking> bookings) {
        List<Slot> free = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            day(firstDay.plusDays(d), weekly, changes, bookings).stream()
                    .filter(s -> s.free() && s.start().isAfter(now))
                    .forEach(free::add);
        }
        return List.copyOf(free);
    }

    /**
     * The modes the day's published slots holding {@code at} are kept for (free or booked; time away holds nothing):
     * empty when any mode may be booked then, because a slot holding it is open to any mode or none holds it.
     */
    public static Set<ConsultationMechanism> keptFor(Instant at, List<Slot> day) {
        var holding = day.stream()
                .filter(s -> s.published()
                        && s.state() != State.UNAVAILABLE
                        && !s.start().isAfter(at)
                        && s.end().isAfter(at))
                .toList();
        if (holding.isEmpty() || holding.stream().anyMatch(s -> s.modes().isEmpty())) {
            return Set.of();
        }
        Set<ConsultationMechanism> modes = java.util.EnumSet.noneOf(ConsultationMechanism.class);
        holding.forEach(s -> modes.addAll(s.modes()));
        return Set.copyOf(modes);
    }

    private static Slot slot(
            Instant start,
            Instant end,
            Set<ConsultationMechanism> modes,
            List<Booking> bookings,
            @Nullable Change away) {
        List<Booking> inside =
                bookings.stream().filter(b -> b.overlaps(start, end)).toList();
        if (!inside.isEmpty()) {
            return new Slot(start, end, modes, State.BOOKED, true, inside, null);
        }
        if (away != null) {
            return new Slot(start, end, modes, State.UNAVAILABLE, true, List.of(), away.reason());
        }
        return new Slot(start, end, modes, State.FREE, true, List.of(), null);
    }

    private static @Nullable Change unavailability(Instant start, Instant end, List<Change> changes) {
        return changes.stream()
                .filter(c -> c.kind() == ChangeKind.UNAVAILABLE
                        && c.start().isBefore(end)
                        && c.end().isAfter(start))
                .findFirst()
                .orElse(null);
    }
}
