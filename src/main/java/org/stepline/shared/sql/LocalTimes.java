package org.stepline.shared.sql;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Local date-times of one zone as the instants PostgreSQL makes of them when it reads text in that time zone: in the
 * spring's missing hour the offset from before the change (the time moves an hour later), in the autumn's repeated
 * hour the offset from after it (java.time alone would take the earlier). Each day's offset is worked out once and
 * kept (300 KB for two centuries); only the days around a change go through the zone's rules every time. Not for
 * use by two threads at once.
 */
public final class LocalTimes {

    /** Days from 1900 to 2099, the dates a bulk load accepts; others go through the zone's rules each time. */
    private static final long FIRST_DAY = java.time.LocalDate.of(1900, 1, 1).toEpochDay();

    private static final int DAYS = (int) (java.time.LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_DAY);
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int CHANGES = Integer.MAX_VALUE;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** Per day: its one offset in seconds, {@link #CHANGES} on a day of change, {@link #UNKNOWN} until asked. */
    private final int[] offsets = new int[DAYS];

    public LocalTimes(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        java.util.Arrays.fill(offsets, UNKNOWN);
    }

    /** Seconds since 1970-01-01T00:00Z of a local date (days since 1970-01-01) and second of that day. */
    public long epochSecond(long epochDay, int secondOfDay) {
        long local = epochDay * 86_400L + secondOfDay;
        long index = epochDay - FIRST_DAY;
        if (index >= 0 && index < DAYS) {
            int offset = offsets[(int) index];
            if (offset == UNKNOWN) {
                offset = offsetOf(epochDay);
                offsets[(int) index] = offset;
            }
            if (offset != CHANGES) {
                return local - offset;
            }
        }
        return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC)
                .atZone(zone)
                .withLaterOffsetAtOverlap()
                .toEpochSecond();
    }

    /** The day's offset, or {@link #CHANGES} when the clocks change within two days of its start. */
    private int offsetOf(long epochDay) {
        var start = LocalDateTime.ofEpochSecond(epochDay * 86_400L, 0, ZoneOffset.UTC);
        var startOffset =
                rules.getOffset(start.atZone(zone).withLaterOffsetAtOverlap().toInstant());
        var startInstant = start.toInstant(startOffset);
        var next = rules.nextTransition(startInstant.minusSeconds(1));
        boolean changes = next != null && next.getInstant().isBefore(startInstant.plusSeconds(2 * 86_400L));
        return changes ? CHANGES : startOffset.getTotalSeconds();
    }
}
