package org.stepline.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** PostgreSQL's reading of London local times: the gap takes the offset before, the overlap the one after. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-01-15T10:00, 2024-01-15T10:00:00Z
            2024-07-01T23:30, 2024-07-01T22:30:00Z
            2024-03-31T00:59, 2024-03-31T00:59:00Z
            2024-03-31T01:30, 2024-03-31T01:30:00Z
            2024-03-31T02:00, 2024-03-31T01:00:00Z
            2024-10-27T00:30, 2024-10-26T23:30:00Z
            2024-10-27T01:30, 2024-10-27T01:30:00Z
            2024-10-27T02:00, 2024-10-27T02:00:00Z
            2024-10-26T23:59, 2024-10-26T22:59:00Z
            1990-06-01T12:00, 1990-06-01T11:00:00Z
            """)
    void localTimesBecomeTheInstantsPostgresqlMakesOfThem(String local, String instant) {
        var time = LocalDateTime.parse(local);
        var times = new LocalTimes(LONDON);
        long second = times.epochSecond(
                time.toLocalDate().toEpochDay(), time.toLocalTime().toSecondOfDay());
        assertThat(Instant.ofEpochSecond(second)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-03-30, 2024-03-31, 2024-04-01
            2024-10-26, 2024-10-27, 2024-10-28
            """)
    void theDaysRememberedDoNotLeakIntoTheNext(String first, String second, String third) {
        var times = new LocalTimes(LONDON);
        for (var day : new String[] {first, second, third, second, first}) {
            for (int minute = 0; minute < 1440; minute += 7) {
                var local = LocalDateTime.parse(day + "T00:00").plusMinutes(minute);
                var expected = local.atZone(LONDON).withLaterOffsetAtOverlap().toEpochSecond();
                assertThat(times.epochSecond(local.toLocalDate().toEpochDay(), minute * 60))
                        .as(local.toString())
                        .isEqualTo(expected);
            }
        }
    }
}
