package org.stepline.shared.sql;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Local date-times of one zone as the instants PostgreSQL makes of them when it reads text in that time zone: in the
 * spring's missing hour the offset from before the change (the time moves an hour later), in the autumn's repeated
 * hour the offset from after it (java.time alone would take the earlier). Rows of a bulk load come day by day, so
 * the day's offset is remembered and only the two days of change a year go through the zone's rules. Not for use by
 * two threads at once.
 */
public final class LocalTimes {

    private final ZoneId zone;
    private final ZoneRules rules;
    private long day = Long.MIN_VALUE;
    private int dayOffset;
    private boolean dayChanges;

    public LocalTimes(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** Seconds since 1970-01-01T00:00Z of a local date (days since 1970-01-01) and second of that day. */
    public long epochSecond(long epochDay, int secondOfDay) {
        if (epochDay != day) {
            remember(epochDay);
        }
        long local = epochDay * 86_400L + secondOfDay;
        if (!dayChanges) {
            return local - dayOffset;
        }
        return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC).atZone(zone).withLaterOffsetAtOverlap()
                .toEpochSecond();
    }

    private void remember(long epochDay) {
        var start = LocalDateTime.ofEpochSecond(epochDay * 86_400L, 0, ZoneOffset.UTC);
        var startOffset = rules.getOffset(start.atZone(zone).withLaterOffsetAtOverlap().toInstant());
        var startInstant = start.toInstant(startOffset);
        var next = rules.nextTransition(startInstant.minusSeconds(1));
        day = epochDay;
        dayOffset = startOffset.getTotalSeconds();
        dayChanges = next != null && next.getInstant().isBefore(startInstant.plusSeconds(2 * 86_400L));
    }
}
