package org.stepline.datasets.internal;

import java.time.LocalDate;

/**
 * Reading and writing the extract's values straight from and to bytes: dates {@code YYYY-MM-DD} as epoch days,
 * times {@code HH:MM} as minutes after midnight, whole numbers. Each reader returns {@link #INVALID} for text that
 * is not a value of its kind. Dates are limited to the years 1900 to 2099, which catches most typing slips.
 */
final class Fields {

    static final int INVALID = Integer.MIN_VALUE;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2099;

    private Fields() {}

    /** Epoch day of a {@code YYYY-MM-DD} date, or {@link #INVALID}. */
    static int date(byte[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return INVALID;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        if (year < MIN_YEAR
                || year > MAX_YEAR
                || month < 1
                || month > 12
                || day < 1
                || day > daysInMonth(year, month)) {
            return INVALID;
        }
        return epochDay(year, month, day);
    }

    /** Why the text is not a date, for the problem list (only called for invalid dates). */
    static String dateProblem(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "'" + text + "' is not a date in the form YYYY-MM-DD";
        }
        int year = Integer.parseInt(text.substring(0, 4));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return "'" + text + "' is not a date between " + MIN_YEAR + " and " + MAX_YEAR;
        }
        return "'" + text + "' is not a real date";
    }

    /** Minutes after midnight of an {@code HH:MM} time, or {@link #INVALID}. */
    static int time(byte[] b, int off, int len) {
        if (len != 5 || b[off + 2] != ':') {
            return INVALID;
        }
        int hour = digits(b, off, 2);
        int minute = digits(b, off + 3, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return INVALID;
        }
        return hour * 60 + minute;
    }

    /** A whole number of at most nine digits (an optional leading minus), or {@link #INVALID}. */
    static int wholeNumber(byte[] b, int off, int len) {
        boolean negative = len > 0 && b[off] == '-';
        int start = negative ? off + 1 : off;
        int digits = off + len - start;
        if (digits < 1 || digits > 9) {
            return INVALID;
        }
        int value = digits(b, start, digits);
        if (value < 0) {
            return INVALID;
        }
        return negative ? -value : value;
    }

    /** True when every byte is an ASCII digit and there are between min and max of them. */
    static boolean allDigits(byte[] b, int off, int len, int min, int max) {
        if (len < min || len > max) {
            return false;
        }
        for (int i = off; i < off + len; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean is(byte[] b, int off, int len, String ascii) {
        if (len != ascii.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[off + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int digits(byte[] b, int off, int count) {
        int value = 0;
        for (int i = off; i < off + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
    static int epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /** Writes the epoch day as {@code YYYY-MM-DD} at {@code at}; returns the position after it. */
    static int writeDate(int epochDay, byte[] out, int at) {
        int z = epochDay + 719468;
        int era = Math.floorDiv(z, 146097);
        int dayOfEra = z - era * 146097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        at = writeDigits(year, 4, out, at);
        out[at++] = '-';
        at = writeDigits(month, 2, out, at);
        out[at++] = '-';
        return writeDigits(day, 2, out, at);
    }

    /** Writes minutes after midnight as {@code HH:MM}. */
    static int writeTime(int minutes, byte[] out, int at) {
        at = writeDigits(minutes / 60, 2, out, at);
        out[at++] = ':';
        return writeDigits(minutes % 60, 2, out, at);
    }

    static int writeDigits(int value, int width, byte[] out, int at) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    static LocalDate localDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
