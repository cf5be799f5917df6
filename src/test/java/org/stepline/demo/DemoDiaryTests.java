package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepline.demo.DemoService.Appointment;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;

/**
 * The demo's diaries: nobody is booked twice (as the database requires), bookings from today on sit in the
 * weekly slots every clinician publishes, and each booking records the modes offered with the chosen one among
 * them, most patients having been offered a choice.
 */
class DemoDiaryTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 26);
    private static final DemoService SERVICE =
            new DemoServiceGenerator(new DemoProperties(2000, 3, 5, 20240401), TODAY).generate();

    @Test
    void noPractitionerIsBookedTwiceAtOnce() {
        Map<Integer, List<Appointment>> byPractitioner = new HashMap<>();
        SERVICE.appointments()
                .filter(a -> a.attendance() != Attendance.CANCELLED_BY_PATIENT
                        && a.attendance() != Attendance.CANCELLED_BY_SERVICE)
                .forEach(a -> byPractitioner
                        .computeIfAbsent(a.practitioner(), p -> new ArrayList<>())
                        .add(a));
        byPractitioner.values().forEach(list -> {
            list.sort(java.util.Comparator.comparing(Appointment::startsAt));
            for (int i = 1; i < list.size(); i++) {
                var before = list.get(i - 1);
                assertThat(list.get(i).startsAt())
                        .isAfterOrEqualTo(before.startsAt().plus(Duration.ofMinutes(before.plannedMinutes())));
            }
        });
    }

    @Test
    void bookingsFromTodayOnSitInThePublishedWeeklySlots() {
        var future = SERVICE.appointments()
                .filter(a -> !ServiceTime.dateOf(a.startsAt()).isBefore(TODAY))
                .toList();
        assertThat(future).hasSizeGreaterThan(100);
        long inSlots = future.stream()
                .filter(a -> Diary.WEEKLY_SLOTS.contains(
                        a.startsAt().atZone(ServiceTime.ZONE).toLocalTime()))
                .count();
        assertThat((double) inSlots / future.size()).isGreaterThan(0.95);
    }

    @Test
    void theChosenModeIsAmongThoseOfferedAndMostWereOfferedAChoice() {
        var all = SERVICE.appointments().toList();
        assertThat(all).allMatch(a -> a.modesOffered().contains(a.mode().code()));
        double choice = all.stream().filter(a -> a.modesOffered().size() > 1).count() / (double) all.size();
        assertThat(choice).isBetween(0.75, 0.95);
    }
}
