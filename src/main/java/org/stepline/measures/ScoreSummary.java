package org.stepline.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * For one referral and one instrument: the first and latest totals, and the change between them. The thresholds
 * are the instrument file's (the one place each lives), so every module that judges a summary judges it alike.
 */
public record ScoreSummary(
        String instrumentId,
        String instrumentName,
        int first,
        int latest,
        Instant latestAt,
        int administrations,
        @Nullable Integer reliableChange,
        @Nullable Integer caseness) {

    /** The summary of these scores on this instrument, with the instrument's thresholds. */
    public static ScoreSummary of(Instrument instrument, int first, int latest, Instant latestAt, int administrations) {
        return new ScoreSummary(
                instrument.id(),
                instrument.name(),
                first,
                latest,
                latestAt,
                administrations,
                instrument.reliableChange(),
                instrument.caseness());
    }

    /** The latest score is at or above the instrument's clinical threshold. */
    public boolean atCaseness() {
        return caseness != null && latest >= caseness;
    }

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
