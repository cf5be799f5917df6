package org.stepline.shared.codes;

/**
 * The forms a numeric national code arrives in: padded or not, with spaces before or after (NHS England's dashboard
 * SQL accepts {@code IN ('02','2','2 ',' 2')}). Each list stores one canonical form: as many digits as its codes have
 * (two for AppType, ConsMechanism and EndCode, one for AttendOrDNACode). Works on bytes as well as text, because an
 * import reads every code of 25 million rows.
 */
public final class CodeForm {

    /** At most this many digits after the leading zeros are dropped: every numeric national code is below 1000. */
    private static final int MAX_DIGITS = 3;

    private static final int MAX_LENGTH = 8;

    private CodeForm() {}

    /**
     * The number a code stands for, given with or without leading zeros and with spaces around it (not inside), or -1
     * when it is not such a code (empty, a letter, a sign, a decimal point, more than a few characters).
     */
    public static int number(byte[] b, int off, int len) {
        int from = firstNotSpace(b, off, len);
        int to = endNotSpace(b, from, off + len);
        if (from == to || to - from > MAX_LENGTH) {
            return -1;
        }
        int value = 0;
        int significant = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            if (value > 0 || d > 0) {
                significant++;
            }
            value = value * 10 + d;
            if (significant > MAX_DIGITS) {
                return -1;
            }
        }
        return value;
    }

    /** A one-letter code (Y, N) in capitals, with spaces around it or not and in any case; -1 when it is not one. */
    public static int letter(byte[] b, int off, int len) {
        int from = firstNotSpace(b, off, len);
        int to = endNotSpace(b, from, off + len);
        if (to - from != 1) {
            return -1;
        }
        int c = b[from];
        return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
    }

    private static int firstNotSpace(byte[] b, int off, int len) {
        int from = off;
        while (from < off + len && b[from] == ' ') {
            from++;
        }
        return from;
    }

    private static int endNotSpace(byte[] b, int from, int end) {
        int to = end;
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        return to;
    }

    public static int number(CharSequence text) {
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            char c = text.charAt(i);
            b[i] = c < 128 ? (byte) c : (byte) 0x7f;
        }
        return number(b, 0, b.length);
    }

    /** The canonical form of a number: {@code width} digits, padded with zeros. */
    public static String canonical(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
