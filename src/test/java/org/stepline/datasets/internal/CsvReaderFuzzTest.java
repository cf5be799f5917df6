package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of the extract's CSV reader: files made of the pieces that break CSV readers (quotes,
 * commas, CR and LF in every mix, a byte-order mark, NUL bytes, broken UTF-8). Whatever the bytes, the reader ends,
 * never throws, numbers lines in order, keeps no record longer than its limit, and hands over no value that is not
 * UTF-8 text without a problem said; and well-formed tables read back exactly as written. Inputs come from seeded
 * random generation ({@link Fuzz}): a failure names its seed, and the number of tries is {@code -Dstepline.fuzz.tries=N}
 * (see docs/decisions.md, "Fuzzing the extract check").
 */
class CsvReaderFuzzTest {

    /** The pieces hostile files are made of. */
    private static final List<byte[]> PIECES = List.of(
            bytes("\""),
            bytes(","),
            bytes("\n"),
            bytes("\r"),
            bytes("\r\n"),
            bytes("a"),
            bytes("12"),
            bytes("\"\""),
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {0},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC3},
            bytes("é"),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            bytes("😀"),
            bytes(" "),
            bytes("\t"));

    private static byte[] hostileFile(SplittableRandom random) {
        List<byte[]> pieces = new ArrayList<>();
        for (int i = random.nextInt(201); i > 0; i--) {
            pieces.add(PIECES.get(random.nextInt(PIECES.size())));
        }
        return concat(pieces);
    }

    @Test
    void anyBytesAreReadToTheEndWithoutAnExceptionAndWithinTheLimit() {
        Fuzz.tries(random -> anyBytesAreRead(hostileFile(random), 1 + random.nextInt(64)));
    }

    private static void anyBytesAreRead(byte[] file, int bufferSize) throws IOException {
        int lines = 1;
        for (byte b : file) {
            if (b == '\n') {
                lines++;
            }
        }
        int maxRecord = 48;
        try (var reader = new CsvReader(new ByteArrayInputStream(file), bufferSize, maxRecord)) {
            int lastLine = 0;
            int records = 0;
            while (reader.next()) {
                records++;
                assertThat(reader.line()).isGreaterThan(lastLine).isLessThanOrEqualTo(lines);
                lastLine = reader.line();
                for (int field = 0; field < reader.fieldCount(); field++) {
                    assertThat(reader.length(field)).isLessThanOrEqualTo(maxRecord + 1);
                    if (reader.problem() == null) {
                        byte[] value = java.util.Arrays.copyOfRange(
                                reader.bytes(field), reader.offset(field), reader.offset(field) + reader.length(field));
                        assertThat(Utf8.valid(value, 0, value.length))
                                .as("field %d of line %d", field, reader.line())
                                .isTrue();
                        assertThat(value).doesNotContain((byte) 0);
                    }
                }
                reader.string(Math.max(0, reader.fieldCount() - 1));
            }
            assertThat(records).isLessThanOrEqualTo(lines);
            assertThat(reader.consumed()).isLessThanOrEqualTo(file.length + 1);
        }
    }

    // whole characters (an emoji is two UTF-16 units, which must not be split)
    private static final List<String> CHARACTERS = List.of("a", "b", ",", "\"", "\r", "\n", " ", "é", "1", "😀");

    private static List<List<String>> table(SplittableRandom random) {
        int width = 1 + random.nextInt(5);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1 + random.nextInt(20); r > 0; r--) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                var cell = new StringBuilder();
                for (int n = random.nextInt(9); n > 0; n--) {
                    cell.append(CHARACTERS.get(random.nextInt(CHARACTERS.size())));
                }
                row.add(cell.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void wellFormedTablesReadBackExactly() {
        Fuzz.tries(random -> readsBackExactly(table(random), random.nextBoolean(), 1 + random.nextInt(64)));
    }

    private static void readsBackExactly(List<List<String>> table, boolean crlf, int bufferSize) throws IOException {
        var out = new ByteArrayOutputStream();
        for (List<String> row : table) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
            }
            out.writeBytes(bytes(String.join(",", cells) + (crlf ? "\r\n" : "\n")));
        }
        List<List<String>> read = new ArrayList<>();
        try (var reader = new CsvReader(new ByteArrayInputStream(out.toByteArray()), bufferSize)) {
            while (reader.next()) {
                assertThat(reader.problem()).isNull();
                List<String> row = new ArrayList<>();
                for (int field = 0; field < reader.fieldCount(); field++) {
                    row.add(reader.string(field));
                }
                read.add(row);
            }
        }
        assertThat(read).isEqualTo(table);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(List<byte[]> pieces) {
        var out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
