package org.stepline.datasets.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.stepline.shared.csv.Csv;

/**
 * Receives PostgreSQL's {@code COPY … TO STDOUT} text format (tab-separated, {@code \N} for null, backslash
 * escapes) and writes it as CSV through the one CSV writer, so that an export defuses formulas as every other CSV
 * Stepline writes does. A line at a time: nothing else is held in memory.
 */
final class CopyTextAsCsv extends OutputStream {

    private final Writer out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    CopyTextAsCsv(Writer out, List<String> header) {
        this.out = out;
        Csv.writeRow(out, header);
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n') {
            Csv.writeRow(out, cells(line.toString(StandardCharsets.UTF_8)));
            line.reset();
        } else {
            line.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                write('\n');
                start = i + 1;
            }
        }
        line.write(bytes, start, offset + length - start);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The values of one line of COPY's text format (a tab inside a value is escaped, so tabs split it). */
    static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        for (String raw : text.split("\t", -1)) {
            cells.add(raw.equals("\\N") ? "" : unescaped(raw));
        }
        return cells;
    }

    private static String unescaped(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                value.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            value.append(
                    switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'v' -> '\u000B';
                        default -> next;
                    });
        }
        return value.toString();
    }
}
