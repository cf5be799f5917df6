package org.stepline.outcomes.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How figures are written for people: percentages with one decimal, "no data" for an empty denominator. */
public final class Formats {

    public static final String NO_DATA = "no data";

    private Formats() {}

    public static String percent(@Nullable Double rate) {
        return rate == null ? NO_DATA : String.format(Locale.UK, "%.1f%%", rate * 100);
    }

    public static String wholePercent(double rate) {
        return String.format(Locale.UK, "%.0f%%", rate * 100);
    }

    public static String interval(@Nullable Interval interval) {
        return interval == null
                ? ""
                : String.format(Locale.UK, "%.1f%% to %.1f%%", interval.lower() * 100, interval.upper() * 100);
    }

    /** A difference in percentage points, signed. */
    public static String points(double difference) {
        return String.format(Locale.UK, "%+.1f points", difference * 100);
    }

    public static String pointsInterval(Interval interval) {
        return String.format(Locale.UK, "%+.1f to %+.1f", interval.lower() * 100, interval.upper() * 100);
    }

    public static String ratio(@Nullable Double ratio) {
        return ratio == null ? NO_DATA : String.format(Locale.UK, "%.2f", ratio);
    }

    public static String ratioInterval(@Nullable Interval interval) {
        return interval == null ? "" : String.format(Locale.UK, "%.2f to %.2f", interval.lower(), interval.upper());
    }

    public static String decimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    /** "52.3% (48.1% to 56.4%)", or "no data". */
    public static String rateWithInterval(FigureValue value) {
        return value.rate() == null ? NO_DATA : percent(value.rate()) + " (" + interval(value.interval()) + ")";
    }

    /** "123 of 235", or the count alone. */
    public static String fraction(FigureValue value) {
        return value.isCount() ? String.valueOf(value.numerator()) : value.numerator() + " of " + value.denominator();
    }
}
