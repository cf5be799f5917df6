package org.stepline.measures;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** For one referral and one instrument: the first and latest totals, and the change between them. */
public record ScoreSummary(String instrumentId, String instrumentName, int first, int latest, Instant latestAt,
        int administrations, @Nullable Integer reliableChange) {

    /** Latest minus first: negative is improvement on every scored instrument Stepline ships. */
    public int change() {
        return latest - first;
    }

    public boolean reliablyImproved() {
        return reliableChange != null && administrations > 1 && -change() >= reliableChange;
    }

    public boolean reliablyDeteriorated() {
        return reliableChange != null && administrations > 1 && change() >= reliableChange;
    }

    /** Latest score and change since the first, e.g. "12 (−6)"; "(first)" when there is only one. */
    public String latestWithChange() {
        if (administrations < 2) {
            return latest + " (first)";
        }
        int change = change();
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return latest + " (" + sign + Math.abs(change) + ")";
    }
}
