package org.stepline.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/** Practitioners' diaries in half-hour slots from 09:00 to 18:00, so that nobody is booked twice at once. */
final class Diary {

    private static final LocalTime FIRST_SLOT = LocalTime.of(9, 0);
    private static final int SLOTS_PER_DAY = 18;

    private final Dice dice;
    private final Map<Integer, Map<LocalDate, boolean[]>> taken = new HashMap<>();

    Diary(Dice dice) {
        this.dice = dice;
    }

    /** Books a free time for {@code minutes} on the day; on a full day, any time (a double booking). */
    LocalTime book(int practitioner, LocalDate date, int minutes) {
        boolean[] day = taken.computeIfAbsent(practitioner, p -> new HashMap<>())
                .computeIfAbsent(date, d -> new boolean[SLOTS_PER_DAY]);
        int length = Math.max(1, (minutes + 29) / 30);
        int starts = SLOTS_PER_DAY - length + 1;
        int offset = dice.between(0, starts - 1);
        for (int i = 0; i < starts; i++) {
            int slot = (offset + i) % starts;
            if (isFree(day, slot, length)) {
                for (int s = slot; s < slot + length; s++) {
                    day[s] = true;
                }
                return FIRST_SLOT.plusMinutes(30L * slot);
            }
        }
        return FIRST_SLOT.plusMinutes(30L * offset);
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
