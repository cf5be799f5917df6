package org.stepline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's diaries never book anyone twice at once; a full team spills into the evening, then refuses. */
class DiaryTest {

    private static final LocalDate PAST_WEDNESDAY = LocalDate.of(2026, 6, 10);

    @Test
    void aFullWorkingDaySpillsIntoTheEveningWithoutOverlaps() {
        var diary = new Diary(new Dice(7), LocalDate.of(2026, 11, 26));
        Set<LocalTime> taken = new HashSet<>();
        // 18 half-hour cells from 09:00 to 18:00, then 8 evening cells to 22:00
        for (int i = 0; i < 26; i++) {
            var booked = diary.book(List.of(3), PAST_WEDNESDAY, 30);
            assertThat(booked.practitioner()).isEqualTo(3);
            assertThat(taken.add(booked.time()))
                    .as("booked twice at %s", booked.time())
                    .isTrue();
            if (i < 18) {
                assertThat(booked.time()).isBefore(LocalTime.of(18, 0));
            } else {
                assertThat(booked.time()).isBetween(LocalTime.of(18, 0), LocalTime.of(21, 30));
            }
        }
        assertThatThrownBy(() -> diary.book(List.of(3), PAST_WEDNESDAY, 30))
                .hasMessageContaining("are full on 2026-06-10");
    }

    @Test
    void aColleagueCoversBeforeAnyoneWorksInTheEvening() {
        var diary = new Diary(new Dice(7), LocalDate.of(2026, 11, 26));
        for (int i = 0; i < 18; i++) {
            diary.book(List.of(1, 2), PAST_WEDNESDAY, 30);
        }
        var covered = diary.book(List.of(1, 2), PAST_WEDNESDAY, 30);
        assertThat(covered.practitioner()).isEqualTo(2);
        assertThat(covered.time()).isBefore(LocalTime.of(18, 0));
    }
}
