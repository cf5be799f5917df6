package org.stepline.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV (RFC 4180) for everything Stepline writes as CSV: web downloads, the command line's report and export.
 * One defence against spreadsheet formula injection: a text cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading apostrophe, which spreadsheets show as text and
 * never run; a number (such as {@code -3} or {@code 12.5}) is left as it is, so that it stays a number.
 */
public final class Csv {

    public static final String LINE_END = "\r\n";

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {}

    /** One cell: neutralised if it could run as a formula, quoted when it holds a comma, quote or line break. */
    public static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = couldRunAsFormula(value) ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** True for text a spreadsheet would take as a formula; never for a number. */
    public static boolean couldRunAsFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches();
    }

    /** One line of cells, without its line end. */
    public static String row(List<? extends @Nullable Object> cells) {
        return cells.stream().map(c -> cell(c == null ? null : c.toString())).collect(Collectors.joining(","));
    }

    /** A whole table, each line ended with CRLF as RFC 4180 says. */
    public static String table(List<? extends List<? extends @Nullable Object>> rows) {
        return rows.stream().map(Csv::row).collect(Collectors.joining(LINE_END, "", LINE_END));
    }

    /** Writes one line of cells and its line end. */
    public static void writeRow(Writer out, List<? extends @Nullable Object> cells) {
        try {
            out.write(row(cells));
            out.write(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
