package org.stepline.datasets.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads RFC 4180 CSV a record at a time straight from bytes, without making a String per field: the extract files
 * run to hundreds of megabytes and most fields are only looked up or copied. Handles quoted fields (with commas,
 * doubled quotes and line breaks inside), CRLF or LF line ends and a UTF-8 byte order mark. A field is valid until
 * the next call to {@link #next()}. {@link #line()} is the record's first line as a text editor numbers it. A record
 * that is not well-formed CSV, or not UTF-8 text, says why in {@link #problem()}; one longer than its limit is
 * reported and skipped, so that memory stays bounded whatever the file holds.
 */
final class CsvReader implements Closeable {

    private static final int MAX_FIELDS = 256;

    private final InputStream in;
    private byte[] buffer;
    private int limit;
    private int position;
    private boolean endOfInput;
    private long consumed;

    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private final boolean[] quoted = new boolean[MAX_FIELDS];
    private int fields;
    private int nextLine = 1;
    private int line;
    private boolean tooManyFields;
    private final int maxRecord;
    private String problem;
    private int problemField = -1;
    private byte[] scratch = new byte[256];

    /** The longest record kept; a longer one is reported and skipped (extract rows are a few hundred bytes). */
    static final int MAX_RECORD = 1 << 20;

    CsvReader(InputStream in, int bufferSize) throws IOException {
        this(in, bufferSize, MAX_RECORD);
    }

    CsvReader(InputStream in, int bufferSize, int maxRecord) throws IOException {
        this.in = in;
        this.maxRecord = Math.max(maxRecord, 16);
        this.buffer = new byte[bufferSize];
        fill();
        if (limit >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
            position = 3;
        }
    }

    CsvReader(InputStream in) throws IOException {
        this(in, 1 << 20);
    }

    /** Reads the next record, skipping empty lines; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (position >= limit && !refill()) {
                return false;
            }
            int recordStart = position;
            int end = scanRecord(recordStart);
            if (end < 0) {
                if (limit - recordStart >= maxRecord) {
                    skipOverlong(recordStart);
                    return true;
                } else if (endOfInput) {
                    end = finishAtEndOfInput(recordStart);
                } else {
                    compactAndFill(recordStart);
                    continue;
                }
            }
            if (end - recordStart > maxRecord) {
                overlong();
                return true;
            }
            if (fields == 1 && starts[0] == ends[0] && !quoted[0] && problem == null) {
                continue; // an empty line
            }
            return true;
        }
    }

    /**
     * Finds the fields of the record starting at {@code from}; returns the position after its line end, or -1 when
     * the buffer ends first (the caller then reads more and scans again from the same start). Notes the first thing
     * wrong with the record ({@link #problem()}) and goes on to its end, so that the next record is read as usual.
     */
    private int scanRecord(int from) {
        int i = from;
        int lines = 0;
        fields = 0;
        tooManyFields = false;
        problem = null;
        problemField = -1;
        boolean beyondAscii = false;
        while (true) {
            int fieldStart = i;
            boolean isQuoted = i < limit && buffer[i] == '"';
            if (isQuoted) {
                i++;
                while (true) {
                    if (i >= limit) {
                        return -1;
                    }
                    byte b = buffer[i];
                    if (b == '"') {
                        if (i + 1 >= limit) {
                            return -1;
                        }
                        if (buffer[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (b == '\n') {
                        lines++;
                    } else if (b == 0) {
                        flag(NUL);
                    } else if (b < 0) {
                        beyondAscii = true;
                    }
                    i++;
                }
                if (i < limit && buffer[i] != ',' && buffer[i] != '\n' && buffer[i] != '\r') {
                    flag(TEXT_AFTER_QUOTE);
                }
            }
            while (i < limit && buffer[i] != ',' && buffer[i] != '\n') {
                byte b = buffer[i];
                if (b == '\r') {
                    if (i + 1 >= limit) {
                        return -1;
                    }
                    if (buffer[i + 1] != '\n') {
                        flag(LONE_CR);
                    }
                } else if (b == '"' && !isQuoted) {
                    flag(QUOTE_INSIDE);
                } else if (b == 0) {
                    flag(NUL);
                } else if (b < 0) {
                    beyondAscii = true;
                }
                i++;
            }
            if (i >= limit) {
                return -1;
            }
            int fieldEnd = i;
            if (buffer[i] == '\n' && fieldEnd > fieldStart && buffer[fieldEnd - 1] == '\r') {
                fieldEnd--;
            }
            addField(fieldStart, fieldEnd, isQuoted);
            if (buffer[i] == '\n') {
                line = nextLine;
                nextLine += lines + 1;
                position = i + 1;
                consumed += position - from;
                if (beyondAscii && problem == null) {
                    checkUtf8();
                }
                return position;
            }
            i++;
        }
    }

    static final String NUL = "holds a NUL byte (a zero byte: the file is not text, or was saved in UTF-16)";
    static final String TEXT_AFTER_QUOTE = "has text after the closing quote of a quoted value";
    static final String QUOTE_INSIDE = "has a quote inside a value that does not start with a quote "
            + "(put the whole value in quotes and double the quote)";
    static final String LONE_CR = "has a carriage return without a line feed (line ends must be LF or CRLF)";
    static final String NOT_UTF8 = "is not valid UTF-8 (save the file as UTF-8)";
    static final String UNCLOSED = "has a quote that is never closed: the file ends inside a quoted value";

    private void flag(String reason) {
        if (problem == null) {
            problem = reason;
            problemField = fields;
        }
    }

    private void checkUtf8() {
        for (int field = 0; field < fields; field++) {
            if (!Utf8.valid(buffer, starts[field], ends[field])) {
                problem = NOT_UTF8;
                problemField = field;
                return;
            }
        }
    }

    /**
     * A record longer than {@link #maxRecord} bytes (a quote never closed, or not a CSV file at all) is not kept:
     * it is reported and skipped to the next line end, quotes or not, so that memory stays bounded.
     */
    private void skipOverlong(int from) throws IOException {
        line = nextLine;
        overlong();
        int lines = 0;
        int i = from;
        while (true) {
            while (i < limit && buffer[i] != '\n') {
                i++;
            }
            if (i < limit) {
                break;
            }
            lines += countLines(from, limit);
            consumed += limit - from;
            limit = 0;
            position = 0;
            from = 0;
            i = 0;
            fill();
            if (limit == 0) {
                nextLine += lines + 1;
                return;
            }
        }
        lines += countLines(from, i);
        consumed += i + 1 - from;
        nextLine += lines + 1;
        position = i + 1;
    }

    private void overlong() {
        fields = 0;
        tooManyFields = false;
        String limitText = maxRecord % (1 << 20) == 0 ? maxRecord / (1 << 20) + " MB" : maxRecord + " bytes";
        problem = "is longer than " + limitText + " (perhaps a quote that is never closed): not read, up to the next "
                + "line end";
        problemField = -1;
    }

    private int countLines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The last record of a file without a final line end. */
    private int finishAtEndOfInput(int from) {
        byte[] grown = Arrays.copyOf(buffer, Math.max(buffer.length, limit + 1));
        grown[limit] = '\n';
        buffer = grown;
        limit++;
        int end = scanRecord(from);
        if (end < 0) { // an unclosed quote: reported, the rest kept as one value
            fields = 0;
            addField(from, limit - 1, false);
            line = nextLine;
            consumed += limit - from;
            position = limit;
            end = limit;
            problem = UNCLOSED;
            problemField = 0;
        }
        return end;
    }

    private void addField(int start, int end, boolean isQuoted) {
        if (fields == MAX_FIELDS) {
            tooManyFields = true;
            return;
        }
        starts[fields] = start;
        ends[fields] = end;
        quoted[fields] = isQuoted;
        fields++;
    }

    private boolean refill() throws IOException {
        if (endOfInput) {
            return false;
        }
        compactAndFill(position);
        return position < limit;
    }

    private void compactAndFill(int keepFrom) throws IOException {
        int kept = limit - keepFrom;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2); // a record longer than the buffer
        } else if (keepFrom > 0) {
            System.arraycopy(buffer, keepFrom, buffer, 0, kept);
        }
        limit = kept;
        position = 0;
        fill();
    }

    private void fill() throws IOException {
        while (limit < buffer.length) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                endOfInput = true;
                return;
            }
            limit += n;
        }
    }

    int line() {
        return line;
    }

    int fieldCount() {
        return fields;
    }

    /** What is wrong with the record's bytes (see the constants), or null; {@link #problemField()} says where. */
    String problem() {
        return problem;
    }

    /** The field the {@link #problem()} is in, or -1 when it is the record as a whole. */
    int problemField() {
        return problemField;
    }

    boolean hadTooManyFields() {
        return tooManyFields;
    }

    /** Bytes of the file consumed so far, for progress. */
    long consumed() {
        return consumed;
    }

    boolean isEmpty(int field) {
        return field >= fields || length(field) == 0;
    }

    /** The field's value as bytes: for quoted fields, unquoted into a scratch array; see {@link #offset(int)}. */
    byte[] bytes(int field) {
        return quoted[field] ? unquote(field) : buffer;
    }

    int offset(int field) {
        return quoted[field] ? 0 : starts[field];
    }

    int length(int field) {
        if (!quoted[field]) {
            return ends[field] - starts[field];
        }
        unquote(field);
        return scratchLength;
    }

    private int scratchField = -1;
    private int scratchLine = -1;
    private int scratchLength;

    private byte[] unquote(int field) {
        if (scratchField == field && scratchLine == line) {
            return scratch;
        }
        int start = starts[field] + 1;
        int close = lastQuote(field);
        if (scratch.length < ends[field] - start) {
            scratch = new byte[Math.max(ends[field] - start, scratch.length * 2)];
        }
        int n = 0;
        for (int i = start; i < close; i++) {
            byte b = buffer[i];
            scratch[n++] = b;
            if (b == '"') {
                i++; // a doubled quote stands for one
            }
        }
        // text after the closing quote (not valid CSV, but kept rather than lost)
        for (int i = close + 1; i < ends[field]; i++) {
            scratch[n++] = buffer[i];
        }
        scratchLength = n;
        scratchField = field;
        scratchLine = line;
        return scratch;
    }

    private int lastQuote(int field) {
        int i = starts[field] + 1;
        while (i < ends[field]) {
            if (buffer[i] == '"') {
                if (i + 1 < ends[field] && buffer[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return ends[field];
    }

    String string(int field) {
        if (field >= fields) {
            return "";
        }
        return new String(bytes(field), offset(field), length(field), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
