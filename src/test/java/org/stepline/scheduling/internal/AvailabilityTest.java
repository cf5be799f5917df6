package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.scheduling.internal.Availability.Booking;
import org.stepline.scheduling.internal.Availability.Change;
import org.stepline.scheduling.internal.Availability.ChangeKind;
import org.stepline.scheduling.internal.Availability.WeeklySlot;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Which slots are free on a day. The practitioner publishes, from Monday 2 March 2026: Mondays 09:00 and 10:00
 * (an hour each, the second by telephone or video only), until 23 March; and Tuesdays at 14:00 for 50 minutes,
 * with no end. Changes: {@code E 16:00-17:00} an extra slot, {@code U 09:30-10:30} unavailable (whole days are
 * written {@code U all}). Bookings: {@code 10:15+30} (minutes; {@code -} for none given). The answer lists each
 * row as {@code start-end STATE}, with {@code *} for a booking outside every slot.
 */
class AvailabilityTest {

    private static final List<WeeklySlot> WEEKLY = List.of(
            new WeeklySlot(
                    1,
                    DayOfWeek.MONDAY,
                    LocalTime.of(9, 0),
                    60,
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 23),
                    Set.of()),
            new WeeklySlot(
                    2,
                    DayOfWeek.MONDAY,
                    LocalTime.of(10, 0),
                    60,
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 23),
                    Set.of(ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO)),
            new WeeklySlot(3, DayOfWeek.TUESDAY, LocalTime.of(14, 0), 50, LocalDate.of(2026, 3, 2), null, Set.of()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                                        | date       | changes                    | bookings          | rows
            a Monday with nothing booked                  | 2026-03-09 |                            |                   | 09:00-10:00 FREE; 10:00-11:00 FREE
            a Tuesday                                     | 2026-03-10 |                            |                   | 14:00-14:50 FREE
            a Wednesday has no slots                      | 2026-03-11 |                            |                   |
            before the first day                          | 2026-02-23 |                            |                   |
            the last day is still held                    | 2026-03-23 |                            |                   | 09:00-10:00 FREE; 10:00-11:00 FREE
            after the last day                            | 2026-03-30 |                            |                   |
            a booking fills its slot                      | 2026-03-09 |                            | 09:00+50          | 09:00-10:00 BOOKED; 10:00-11:00 FREE
            a booking across two slots fills both         | 2026-03-09 |                            | 09:30+60          | 09:00-10:00 BOOKED; 10:00-11:00 BOOKED
            a booking ending as a slot starts leaves it   | 2026-03-09 |                            | 08:00+60          | 08:00-09:00 BOOKED*; 09:00-10:00 FREE; 10:00-11:00 FREE
            a booking without a length takes its minute   | 2026-03-09 |                            | 10:59+-           | 09:00-10:00 FREE; 10:00-11:00 BOOKED
            a booking outside every slot is shown         | 2026-03-11 |                            | 12:00+30          | 12:00-12:30 BOOKED*
            a booking on another day is not               | 2026-03-09 |                            | 2026-03-10 09:00+50 | 09:00-10:00 FREE; 10:00-11:00 FREE
            unavailable hides the slots it overlaps       | 2026-03-09 | U 09:30-10:30 Dentist      |                   | 09:00-10:00 UNAVAILABLE; 10:00-11:00 UNAVAILABLE
            unavailable ending as a slot starts           | 2026-03-09 | U 08:00-09:00              |                   | 09:00-10:00 FREE; 10:00-11:00 FREE
            a whole day of leave                          | 2026-03-09 | U all Annual leave         |                   | 09:00-10:00 UNAVAILABLE; 10:00-11:00 UNAVAILABLE
            a booking made before the leave still shows   | 2026-03-09 | U all                      | 09:00+50          | 09:00-10:00 BOOKED; 10:00-11:00 UNAVAILABLE
            an extra slot on a day without slots          | 2026-03-11 | E 16:00-17:00              |                   | 16:00-17:00 FREE
            an extra slot is kept on a day of leave       | 2026-03-09 | U all; E 13:00-14:00       |                   | 09:00-10:00 UNAVAILABLE; 10:00-11:00 UNAVAILABLE; 13:00-14:00 FREE
            an extra slot can be booked                   | 2026-03-11 | E 16:00-17:00              | 16:00+50          | 16:00-17:00 BOOKED
            """)
    void decidesEachSlotOfTheDay(String description, LocalDate date, String changes, String bookings, String rows) {
        var slots = Availability.day(date, WEEKLY, changes(date, changes), bookings(date, bookings));
        String shown = slots.stream()
                .map(s -> ServiceTime.time(s.start()) + "-" + ServiceTime.time(s.end()) + " " + s.state()
                        + (s.published() ? "" : "*"))
                .collect(Collectors.joining("; "));
        assertThat(shown).as(description).isEqualTo(rows == null ? "" : rows);
    }

    @Test
    void slotsKeepTheModesOffered() {
        var slots = Availability.day(LocalDate.of(2026, 3, 9), WEEKLY, List.of(), List.of());
        assertThat(slots.get(0).modes()).isEmpty();
        assertThat(slots.get(1).modes())
                .containsExactlyInAnyOrder(ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                                        | time  | changes      | kept for
            a slot open to any mode                       | 09:30 |              |
            a slot kept for telephone or video            | 10:00 |              | Telephone or Video
            its last minute                               | 10:59 |              | Telephone or Video
            the minute it ends holds nothing              | 11:00 |              |
            outside every slot                            | 12:00 |              |
            time away holds nothing                       | 10:15 | U all        |
            """)
    void aTimeIsKeptForTheModesOfTheSlotHoldingIt(String description, String time, String changes, String keptFor) {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        var slots = Availability.day(monday, WEEKLY, changes(monday, changes), List.of());
        assertThat(DiaryText.modes(Availability.keptFor(at(monday, time), slots)))
                .as(description)
                .isEqualTo(keptFor == null ? "" : keptFor);
    }

    @Test
    void slotsAreInUkTimeInSummerToo() {
        var slots = Availability.day(LocalDate.of(2026, 7, 7), WEEKLY, List.of(), List.of());
        assertThat(slots).singleElement().extracting(s -> s.start().toString()).isEqualTo("2026-07-07T13:00:00Z");
    }

    @Test
    void freeSlotsAreThoseStillAheadAndNotTaken() {
        Instant now = at(LocalDate.of(2026, 3, 9), "09:30");
        var free = Availability.free(
                LocalDate.of(2026, 3, 9), 2, now, WEEKLY, List.of(), bookings(LocalDate.of(2026, 3, 10), "14:00+50"));
        assertThat(free).extracting(s -> ServiceTime.dateTime(s.start())).containsExactly("9 Mar 2026, 10:00");
    }

    private static List<Change> changes(LocalDate date, String typed) {
        List<Change> changes = new ArrayList<>();
        if (typed == null) {
            return changes;
        }
        for (String one : typed.split(";")) {
            String[] parts = one.strip().split(" ", 3);
            ChangeKind kind = parts[0].equals("E") ? ChangeKind.EXTRA : ChangeKind.UNAVAILABLE;
            Instant start;
            Instant end;
            if (parts[1].equals("all")) {
                start = date.atStartOfDay(ServiceTime.ZONE).toInstant();
                end = date.plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant();
            } else {
                String[] times = parts[1].split("-");
                start = at(date, times[0]);
                end = at(date, times[1]);
            }
            changes.add(new Change(changes.size(), kind, start, end, Set.of(), parts.length > 2 ? parts[2] : null));
        }
        return changes;
    }

    private static List<Booking> bookings(LocalDate date, String typed) {
        List<Booking> bookings = new ArrayList<>();
        if (typed == null) {
            return bookings;
        }
        for (String one : typed.split(";")) {
            String text = one.strip();
            LocalDate day = date;
            if (text.contains(" ")) {
                day = LocalDate.parse(text.substring(0, text.indexOf(' ')));
                text = text.substring(text.indexOf(' ') + 1);
            }
            String[] parts = text.split("\\+");
            Integer minutes = parts[1].equals("-") ? null : Integer.valueOf(parts[1]);
            bookings.add(new Booking(
                    bookings.size(),
                    1,
                    at(day, parts[0]),
                    minutes,
                    AppointmentType.TREATMENT,
                    ConsultationMechanism.TELEPHONE));
        }
        return bookings;
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(ServiceTime.ZONE).toInstant();
    }
}
