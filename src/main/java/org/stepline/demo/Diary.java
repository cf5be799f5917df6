package org.stepline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Practitioners' diaries in half-hour cells from 09:00, so that nobody is booked twice at once (the database
 * refuses it). From today on, appointments are booked into the hour-long weekly slots every demo clinician
 * publishes ({@link #WEEKLY_SLOTS}, Monday to Friday), so that the diary pages show them in their slots. When the
 * practitioner's day is full, a colleague of the team covers the appointment rather than anyone being double-booked.
 */
final class Diary {

    /** The weekly slots each demo clinician publishes, an hour each, Monday to Friday. */
    static final List<LocalTime> WEEKLY_SLOTS = List.of(
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            LocalTime.of(11, 0),
            LocalTime.of(13, 0),
            LocalTime.of(14, 0),
            LocalTime.of(15, 0),
            LocalTime.of(16, 0));

    static final int SLOT_MINUTES = 60;
    static final List<DayOfWeek> WORKING_DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static final LocalTime FIRST_SLOT = LocalTime.of(9, 0);
    private static final int SLOTS_PER_DAY = 18;
    /** Evening cells, to 22:00, used only when a whole team is full in working hours (a large benchmark demo). */
    private static final int CELLS_PER_DAY = 26;

    private final Dice dice;
    private final LocalDate today;
    private final Map<Integer, Map<LocalDate, boolean[]>> taken = new HashMap<>();

    Diary(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** A booking: who holds it (a staff index) and when it starts. */
    record Booked(int practitioner, LocalTime time) {}

    /**
     * Books a free time for {@code minutes} on the day with the first of {@code practitioners} who has one (the
     * referral's own practitioner first, then colleagues who cover): in a weekly slot from today on, when one is
     * free, else in any free half hour of the working day.
     */
    Booked book(List<Integer> practitioners, LocalDate date, int minutes) {
        int length = Math.max(1, (minutes + 29) / 30);
        int starts = SLOTS_PER_DAY - length + 1;
        int offset = dice.between(0, starts - 1);
        for (int practitioner : practitioners) {
            boolean[] day = taken.computeIfAbsent(practitioner, p -> new HashMap<>())
                    .computeIfAbsent(date, d -> new boolean[CELLS_PER_DAY]);
            if (!date.isBefore(today) && minutes <= SLOT_MINUTES && WORKING_DAYS.contains(date.getDayOfWeek())) {
                for (int i = 0; i < WEEKLY_SLOTS.size(); i++) {
                    var slot = WEEKLY_SLOTS.get((offset + i) % WEEKLY_SLOTS.size());
                    int cell =
                            (int) java.time.Duration.between(FIRST_SLOT, slot).toMinutes() / 30;
                    if (isFree(day, cell, SLOT_MINUTES / 30)) {
                        return new Booked(practitioner, take(day, cell, SLOT_MINUTES / 30));
                    }
                }
            }
            for (int i = 0; i < starts; i++) {
                int slot = (offset + i) % starts;
                if (isFree(day, slot, length)) {
                    return new Booked(practitioner, take(day, slot, length));
                }
            }
        }
        for (int practitioner : practitioners) {
            boolean[] day = taken.get(practitioner).get(date);
            for (int slot = SLOTS_PER_DAY; slot + length <= CELLS_PER_DAY; slot++) {
                if (isFree(day, slot, length)) {
                    return new Booked(practitioner, take(day, slot, length));
                }
            }
        }
        throw new IllegalStateException("The demo diaries of practitioners " + practitioners + " are full on " + date);
    }

    private static LocalTime take(boolean[] day, int slot, int length) {
        for (int s = slot; s < slot + length; s++) {
            day[s] = true;
        }
        return FIRST_SLOT.plusMinutes(30L * slot);
    }

    private static boolean isFree(boolean[] day, int slot, int length) {
        for (int s = slot; s < slot + length; s++) {
            if (day[s]) {
                return false;
            }
        }
        return true;
    }
}
