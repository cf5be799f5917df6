package org.stepline.datasets.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A CSV line builder that writes ASCII fields straight into a buffer and the buffer to a stream. */
final class AsciiOut implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 20];
    private int length;
    private boolean lineStarted;
    private long lines;
    private long bytes;

    AsciiOut(OutputStream out) {
        this.out = out;
    }

    AsciiOut text(String value) {
        separate();
        for (int i = 0; i < value.length(); i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
        return this;
    }

    AsciiOut text(byte[] value) {
        separate();
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
        return this;
    }

    /** A prefix followed by a number padded with zeros to {@code width} digits, e.g. P00001234. */
    AsciiOut id(byte[] prefix, long number, int width) {
        separate();
        System.arraycopy(prefix, 0, buffer, length, prefix.length);
        length += prefix.length;
        for (int i = length + width - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + number % 10);
            number /= 10;
        }
        length += width;
        return this;
    }

    AsciiOut number(int value) {
        separate();
        if (value >= 100) {
            length = Fields.writeDigits(value, value >= 1000 ? 4 : 3, buffer, length);
        } else if (value >= 10) {
            length = Fields.writeDigits(value, 2, buffer, length);
        } else {
            buffer[length++] = (byte) ('0' + value);
        }
        return this;
    }

    AsciiOut date(int epochDay) {
        separate();
        length = Fields.writeDate(epochDay, buffer, length);
        return this;
    }

    AsciiOut time(int minutes) {
        separate();
        length = Fields.writeTime(minutes, buffer, length);
        return this;
    }

    /** Appends to the current field (no separator), e.g. the parts of an e-mail address. */
    AsciiOut then(byte[] value) {
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
        return this;
    }

    AsciiOut then(char value) {
        buffer[length++] = (byte) value;
        return this;
    }

    /** Appends a whole number of 0 to 18 digits to the current field, without padding. */
    AsciiOut then(long value) {
        int digits = 1;
        for (long v = value / 10; v > 0; v /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    AsciiOut empty() {
        separate();
        return this;
    }

    void endLine() throws IOException {
        buffer[length++] = '\n';
        lineStarted = false;
        lines++;
        if (length > buffer.length - 4096) {
            flush();
        }
    }

    void header(java.util.List<String> names) throws IOException {
        byte[] line = (String.join(",", names) + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(line, 0, buffer, length, line.length);
        length += line.length;
    }

    /** Data lines written (the header not counted). */
    long lines() {
        return lines;
    }

    long bytes() {
        return bytes + length;
    }

    private void separate() {
        if (lineStarted) {
            buffer[length++] = ',';
        }
        lineStarted = true;
    }

    private void flush() throws IOException {
        out.write(buffer, 0, length);
        bytes += length;
        length = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
